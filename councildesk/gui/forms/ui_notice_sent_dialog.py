# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notice_sent_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit

class Ui_NoticeSentDialog(object):
    def setupUi(self, NoticeSentDialog):
        if not NoticeSentDialog.objectName():
            NoticeSentDialog.setObjectName(u"NoticeSentDialog")
        NoticeSentDialog.setMinimumSize(QSize(480, 0))
        self.dialogLayout = QVBoxLayout(NoticeSentDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(NoticeSentDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.dateLabel = QLabel(NoticeSentDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.sentDate = OptionalDateEdit(NoticeSentDialog)
        self.sentDate.setObjectName(u"sentDate")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sentDate)

        self.methodLabel = QLabel(NoticeSentDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(NoticeSentDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.methodCombo)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(NoticeSentDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NoticeSentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.sentDate)
        self.methodLabel.setBuddy(self.methodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoticeSentDialog)

        QMetaObject.connectSlotsByName(NoticeSentDialog)
    # setupUi

    def retranslateUi(self, NoticeSentDialog):
        NoticeSentDialog.setWindowTitle(QCoreApplication.translate("NoticeSentDialog", u"Mark a notice sent", None))
        self.introLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("NoticeSentDialog", u"&Sent on", None))
#if QT_CONFIG(accessibility)
        self.sentDate.setAccessibleName(QCoreApplication.translate("NoticeSentDialog", u"Sent on", None))
#endif // QT_CONFIG(accessibility)
        self.methodLabel.setText(QCoreApplication.translate("NoticeSentDialog", u"&How", None))
#if QT_CONFIG(accessibility)
        self.methodCombo.setAccessibleName(QCoreApplication.translate("NoticeSentDialog", u"How the group was told", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

