# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subject_access_request_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit
from councildesk.gui.widgets.party_picker import PartyPicker

class Ui_SubjectAccessRequestDialog(object):
    def setupUi(self, SubjectAccessRequestDialog):
        if not SubjectAccessRequestDialog.objectName():
            SubjectAccessRequestDialog.setObjectName(u"SubjectAccessRequestDialog")
        SubjectAccessRequestDialog.setMinimumSize(QSize(600, 0))
        self.dialogLayout = QVBoxLayout(SubjectAccessRequestDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SubjectAccessRequestDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.personLabel = QLabel(SubjectAccessRequestDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personPicker = PartyPicker(SubjectAccessRequestDialog)
        self.personPicker.setObjectName(u"personPicker")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personPicker)

        self.requesterLabel = QLabel(SubjectAccessRequestDialog)
        self.requesterLabel.setObjectName(u"requesterLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.requesterLabel)

        self.requesterEdit = QLineEdit(SubjectAccessRequestDialog)
        self.requesterEdit.setObjectName(u"requesterEdit")
        self.requesterEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.requesterEdit)

        self.receivedLabel = QLabel(SubjectAccessRequestDialog)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedLayout = QHBoxLayout()
        self.receivedLayout.setSpacing(12)
        self.receivedLayout.setObjectName(u"receivedLayout")
        self.receivedDate = OptionalDateEdit(SubjectAccessRequestDialog)
        self.receivedDate.setObjectName(u"receivedDate")

        self.receivedLayout.addWidget(self.receivedDate)

        self.dueLabel = QLabel(SubjectAccessRequestDialog)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dueLabel.sizePolicy().hasHeightForWidth())
        self.dueLabel.setSizePolicy(sizePolicy)

        self.receivedLayout.addWidget(self.dueLabel)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.receivedLayout)

        self.howLabel = QLabel(SubjectAccessRequestDialog)
        self.howLabel.setObjectName(u"howLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.howLabel)

        self.howCombo = QComboBox(SubjectAccessRequestDialog)
        self.howCombo.setObjectName(u"howCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.howCombo.sizePolicy().hasHeightForWidth())
        self.howCombo.setSizePolicy(sizePolicy1)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.howCombo)

        self.notesLabel = QLabel(SubjectAccessRequestDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(SubjectAccessRequestDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 80))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.extendedLabel = QLabel(SubjectAccessRequestDialog)
        self.extendedLabel.setObjectName(u"extendedLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.extendedLabel)

        self.extendedCheck = QCheckBox(SubjectAccessRequestDialog)
        self.extendedCheck.setObjectName(u"extendedCheck")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.extendedCheck)

        self.answeredLabel = QLabel(SubjectAccessRequestDialog)
        self.answeredLabel.setObjectName(u"answeredLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.answeredLabel)

        self.answeredDate = OptionalDateEdit(SubjectAccessRequestDialog)
        self.answeredDate.setObjectName(u"answeredDate")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.answeredDate)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(SubjectAccessRequestDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SubjectAccessRequestDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personPicker)
        self.requesterLabel.setBuddy(self.requesterEdit)
        self.receivedLabel.setBuddy(self.receivedDate)
        self.howLabel.setBuddy(self.howCombo)
        self.notesLabel.setBuddy(self.notesEdit)
        self.extendedLabel.setBuddy(self.extendedCheck)
        self.answeredLabel.setBuddy(self.answeredDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personPicker, self.requesterEdit)
        QWidget.setTabOrder(self.requesterEdit, self.receivedDate)
        QWidget.setTabOrder(self.receivedDate, self.howCombo)
        QWidget.setTabOrder(self.howCombo, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.extendedCheck)
        QWidget.setTabOrder(self.extendedCheck, self.answeredDate)
        QWidget.setTabOrder(self.answeredDate, self.buttonBox)

        self.retranslateUi(SubjectAccessRequestDialog)

        QMetaObject.connectSlotsByName(SubjectAccessRequestDialog)
    # setupUi

    def retranslateUi(self, SubjectAccessRequestDialog):
        SubjectAccessRequestDialog.setWindowTitle(QCoreApplication.translate("SubjectAccessRequestDialog", u"Subject access request", None))
        self.introLabel.setText(QCoreApplication.translate("SubjectAccessRequestDialog", u"Someone has asked for the personal data the council holds about them. The casebook keeps the request encrypted, like the cases.", None))
        self.personLabel.setText(QCoreApplication.translate("SubjectAccessRequestDialog", u"&Whose data", None))
#if QT_CONFIG(accessibility)
        self.personPicker.setAccessibleName(QCoreApplication.translate("SubjectAccessRequestDialog", u"Whose data", None))
#endif // QT_CONFIG(accessibility)
        self.requesterLabel.setText(QCoreApplication.translate("SubjectAccessRequestDialog", u"On their &behalf", None))
        self.requesterEdit.setPlaceholderText(QCoreApplication.translate("SubjectAccessRequestDialog", u"A solicitor, say; leave blank if they asked themselves", None))
#if QT_CONFIG(accessibility)
        self.requesterEdit.setAccessibleName(QCoreApplication.translate("SubjectAccessRequestDialog", u"Request made on their behalf by", None))
#endif // QT_CONFIG(accessibility)
        self.receivedLabel.setText(QCoreApplication.translate("SubjectAccessRequestDialog", u"&Received", None))
#if QT_CONFIG(accessibility)
        self.receivedDate.setAccessibleName(QCoreApplication.translate("SubjectAccessRequestDialog", u"Date received", None))
#endif // QT_CONFIG(accessibility)
        self.dueLabel.setText("")
        self.howLabel.setText(QCoreApplication.translate("SubjectAccessRequestDialog", u"&How received", None))
#if QT_CONFIG(accessibility)
        self.howCombo.setAccessibleName(QCoreApplication.translate("SubjectAccessRequestDialog", u"How received", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("SubjectAccessRequestDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("SubjectAccessRequestDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.extendedLabel.setText(QCoreApplication.translate("SubjectAccessRequestDialog", u"Deadline", None))
        self.extendedCheck.setText(QCoreApplication.translate("SubjectAccessRequestDialog", u"&Extended by two further months (a complex request, or many)", None))
#if QT_CONFIG(tooltip)
        self.extendedCheck.setToolTip(QCoreApplication.translate("SubjectAccessRequestDialog", u"UK GDPR Art. 12(3): tell the requester, and why, within the first month", None))
#endif // QT_CONFIG(tooltip)
        self.answeredLabel.setText(QCoreApplication.translate("SubjectAccessRequestDialog", u"&Answered on", None))
#if QT_CONFIG(accessibility)
        self.answeredDate.setAccessibleName(QCoreApplication.translate("SubjectAccessRequestDialog", u"Date answered", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

