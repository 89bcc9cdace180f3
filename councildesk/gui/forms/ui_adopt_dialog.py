# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'adopt_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit

class Ui_AdoptDialog(object):
    def setupUi(self, AdoptDialog):
        if not AdoptDialog.objectName():
            AdoptDialog.setObjectName(u"AdoptDialog")
        AdoptDialog.setMinimumSize(QSize(460, 0))
        self.dialogLayout = QVBoxLayout(AdoptDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(AdoptDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(AdoptDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.adoptedDate = OptionalDateEdit(AdoptDialog)
        self.adoptedDate.setObjectName(u"adoptedDate")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adoptedDate)

        self.minuteLabel = QLabel(AdoptDialog)
        self.minuteLabel.setObjectName(u"minuteLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.minuteLabel)

        self.minuteEdit = QLineEdit(AdoptDialog)
        self.minuteEdit.setObjectName(u"minuteEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minuteEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(AdoptDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AdoptDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.adoptedDate)
        self.minuteLabel.setBuddy(self.minuteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdoptDialog)

        QMetaObject.connectSlotsByName(AdoptDialog)
    # setupUi

    def retranslateUi(self, AdoptDialog):
        AdoptDialog.setWindowTitle(QCoreApplication.translate("AdoptDialog", u"Adopt this version", None))
        self.introLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("AdoptDialog", u"Adopted at the meeting on", None))
#if QT_CONFIG(accessibility)
        self.adoptedDate.setAccessibleName(QCoreApplication.translate("AdoptDialog", u"Date of the meeting that adopted it", None))
#endif // QT_CONFIG(accessibility)
        self.minuteLabel.setText(QCoreApplication.translate("AdoptDialog", u"&Minute reference", None))
#if QT_CONFIG(accessibility)
        self.minuteEdit.setAccessibleName(QCoreApplication.translate("AdoptDialog", u"Minute reference", None))
#endif // QT_CONFIG(accessibility)
        self.minuteEdit.setPlaceholderText(QCoreApplication.translate("AdoptDialog", u"e.g. 24/051", None))
        self.errorLabel.setText("")
    # retranslateUi

