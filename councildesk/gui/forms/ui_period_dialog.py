# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'period_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit

class Ui_PeriodDialog(object):
    def setupUi(self, PeriodDialog):
        if not PeriodDialog.objectName():
            PeriodDialog.setObjectName(u"PeriodDialog")
        PeriodDialog.setMinimumSize(QSize(420, 0))
        self.dialogLayout = QVBoxLayout(PeriodDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PeriodDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.fromLabel = QLabel(PeriodDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDate = OptionalDateEdit(PeriodDialog)
        self.fromDate.setObjectName(u"fromDate")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromDate)

        self.toLabel = QLabel(PeriodDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toDate = OptionalDateEdit(PeriodDialog)
        self.toDate.setObjectName(u"toDate")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toDate)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(PeriodDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PeriodDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromDate, self.toDate)

        self.retranslateUi(PeriodDialog)

        QMetaObject.connectSlotsByName(PeriodDialog)
    # setupUi

    def retranslateUi(self, PeriodDialog):
        PeriodDialog.setWindowTitle(QCoreApplication.translate("PeriodDialog", u"Choose the period", None))
        self.introLabel.setText(QCoreApplication.translate("PeriodDialog", u"Leave a date empty to include everything before or after the other.", None))
        self.introLabel.setProperty(u"role", QCoreApplication.translate("PeriodDialog", u"hint", None))
        self.fromLabel.setText(QCoreApplication.translate("PeriodDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("PeriodDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("PeriodDialog", u"&To", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("PeriodDialog", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

