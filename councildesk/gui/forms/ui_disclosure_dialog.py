# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'disclosure_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTextBrowser, QVBoxLayout, QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit

class Ui_DisclosureDialog(object):
    def setupUi(self, DisclosureDialog):
        if not DisclosureDialog.objectName():
            DisclosureDialog.setObjectName(u"DisclosureDialog")
        DisclosureDialog.setMinimumSize(QSize(680, 0))
        self.dialogLayout = QVBoxLayout(DisclosureDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.groupLabel = QLabel(DisclosureDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(DisclosureDialog)
        self.groupCombo.setObjectName(u"groupCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.dateLabel = QLabel(DisclosureDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setSpacing(12)
        self.dateLayout.setObjectName(u"dateLayout")
        self.givenDate = OptionalDateEdit(DisclosureDialog)
        self.givenDate.setObjectName(u"givenDate")

        self.dateLayout.addWidget(self.givenDate)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.toldTitle = QLabel(DisclosureDialog)
        self.toldTitle.setObjectName(u"toldTitle")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toldTitle)

        self.toldLabel = QLabel(DisclosureDialog)
        self.toldLabel.setObjectName(u"toldLabel")
        self.toldLabel.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toldLabel)

        self.officerLabel = QLabel(DisclosureDialog)
        self.officerLabel.setObjectName(u"officerLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerCombo = QComboBox(DisclosureDialog)
        self.officerCombo.setObjectName(u"officerCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.officerCombo)

        self.matterLabel = QLabel(DisclosureDialog)
        self.matterLabel.setObjectName(u"matterLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.matterLabel)

        self.matterEdit = QLineEdit(DisclosureDialog)
        self.matterEdit.setObjectName(u"matterEdit")
        self.matterEdit.setMaxLength(300)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.matterEdit)

        self.formLabel = QLabel(DisclosureDialog)
        self.formLabel.setObjectName(u"formLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.formLabel)

        self.formCombo = QComboBox(DisclosureDialog)
        self.formCombo.setObjectName(u"formCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.formCombo)

        self.summaryLabel = QLabel(DisclosureDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryLayout = QVBoxLayout()
        self.summaryLayout.setSpacing(4)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryEdit = QPlainTextEdit(DisclosureDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setMaximumSize(QSize(16777215, 64))
        self.summaryEdit.setTabChangesFocus(True)

        self.summaryLayout.addWidget(self.summaryEdit)

        self.summaryHint = QLabel(DisclosureDialog)
        self.summaryHint.setObjectName(u"summaryHint")

        self.summaryLayout.addWidget(self.summaryHint)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.summaryLayout)

        self.reportLabel = QLabel(DisclosureDialog)
        self.reportLabel.setObjectName(u"reportLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reportLabel)

        self.reportLayout = QHBoxLayout()
        self.reportLayout.setSpacing(8)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportEdit = QLineEdit(DisclosureDialog)
        self.reportEdit.setObjectName(u"reportEdit")
        self.reportEdit.setReadOnly(True)

        self.reportLayout.addWidget(self.reportEdit)

        self.chooseButton = QPushButton(DisclosureDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.reportLayout.addWidget(self.chooseButton)

        self.removeButton = QPushButton(DisclosureDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.reportLayout.addWidget(self.removeButton)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.reportLayout)

        self.pasteLabel = QLabel(DisclosureDialog)
        self.pasteLabel.setObjectName(u"pasteLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.pasteLabel)

        self.pasteEdit = QPlainTextEdit(DisclosureDialog)
        self.pasteEdit.setObjectName(u"pasteEdit")
        self.pasteEdit.setMaximumSize(QSize(16777215, 80))
        self.pasteEdit.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.pasteEdit)

        self.checkTitle = QLabel(DisclosureDialog)
        self.checkTitle.setObjectName(u"checkTitle")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.checkTitle)

        self.checkLayout = QVBoxLayout()
        self.checkLayout.setSpacing(4)
        self.checkLayout.setObjectName(u"checkLayout")
        self.checkView = QTextBrowser(DisclosureDialog)
        self.checkView.setObjectName(u"checkView")
        self.checkView.setMaximumSize(QSize(16777215, 120))
        self.checkView.setMinimumSize(QSize(0, 64))
        self.checkView.setOpenLinks(False)

        self.checkLayout.addWidget(self.checkView)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.checkLayout)

        self.reasonLabel = QLabel(DisclosureDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(DisclosureDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 56))
        self.reasonEdit.setTabChangesFocus(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(DisclosureDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DisclosureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.groupLabel.setBuddy(self.groupCombo)
        self.dateLabel.setBuddy(self.givenDate)
        self.officerLabel.setBuddy(self.officerCombo)
        self.matterLabel.setBuddy(self.matterEdit)
        self.formLabel.setBuddy(self.formCombo)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.reportLabel.setBuddy(self.chooseButton)
        self.pasteLabel.setBuddy(self.pasteEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.groupCombo, self.givenDate)
        QWidget.setTabOrder(self.givenDate, self.officerCombo)
        QWidget.setTabOrder(self.officerCombo, self.matterEdit)
        QWidget.setTabOrder(self.matterEdit, self.formCombo)
        QWidget.setTabOrder(self.formCombo, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.reportEdit)
        QWidget.setTabOrder(self.reportEdit, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.pasteEdit)
        QWidget.setTabOrder(self.pasteEdit, self.checkView)
        QWidget.setTabOrder(self.checkView, self.reasonEdit)

        self.retranslateUi(DisclosureDialog)

        QMetaObject.connectSlotsByName(DisclosureDialog)
    # setupUi

    def retranslateUi(self, DisclosureDialog):
        DisclosureDialog.setWindowTitle(QCoreApplication.translate("DisclosureDialog", u"Record a report or advice to a group", None))
        self.groupLabel.setText(QCoreApplication.translate("DisclosureDialog", u"&Group advised", None))
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Group advised", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("DisclosureDialog", u"&Date given", None))
#if QT_CONFIG(accessibility)
        self.givenDate.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Date given", None))
#endif // QT_CONFIG(accessibility)
        self.toldTitle.setText(QCoreApplication.translate("DisclosureDialog", u"To be told", None))
        self.toldLabel.setText("")
        self.toldLabel.setProperty(u"role", QCoreApplication.translate("DisclosureDialog", u"hint", None))
        self.officerLabel.setText(QCoreApplication.translate("DisclosureDialog", u"&Officer", None))
#if QT_CONFIG(accessibility)
        self.officerCombo.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Officer who gave it", None))
#endif // QT_CONFIG(accessibility)
        self.matterLabel.setText(QCoreApplication.translate("DisclosureDialog", u"&Matter", None))
#if QT_CONFIG(accessibility)
        self.matterEdit.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Matter", None))
#endif // QT_CONFIG(accessibility)
        self.matterEdit.setPlaceholderText(QCoreApplication.translate("DisclosureDialog", u"e.g. Future of the pavilion", None))
        self.formLabel.setText(QCoreApplication.translate("DisclosureDialog", u"&Form", None))
#if QT_CONFIG(accessibility)
        self.formCombo.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Form of the advice", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("DisclosureDialog", u"&Summary", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.summaryHint.setText(QCoreApplication.translate("DisclosureDialog", u"Kept in the register only. Notices to other groups never include it.", None))
        self.summaryHint.setProperty(u"role", QCoreApplication.translate("DisclosureDialog", u"hint", None))
        self.reportLabel.setText(QCoreApplication.translate("DisclosureDialog", u"&Written report", None))
        self.reportEdit.setPlaceholderText(QCoreApplication.translate("DisclosureDialog", u"No file attached", None))
#if QT_CONFIG(accessibility)
        self.reportEdit.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Attached report", None))
#endif // QT_CONFIG(accessibility)
        self.chooseButton.setText(QCoreApplication.translate("DisclosureDialog", u"C&hoose file\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseButton.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Choose the report file", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("DisclosureDialog", u"Remo&ve", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Remove the attached file", None))
#endif // QT_CONFIG(accessibility)
        self.pasteLabel.setText(QCoreApplication.translate("DisclosureDialog", u"Or &paste text", None))
        self.pasteEdit.setPlaceholderText(QCoreApplication.translate("DisclosureDialog", u"Paste the report, or your notes of the advice, to check its wording", None))
#if QT_CONFIG(accessibility)
        self.pasteEdit.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Text to check", None))
#endif // QT_CONFIG(accessibility)
        self.checkTitle.setText(QCoreApplication.translate("DisclosureDialog", u"Advice check", None))
#if QT_CONFIG(accessibility)
        self.checkView.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"What the advice check found", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("DisclosureDialog", u"&Reason to go ahead", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("DisclosureDialog", u"Why this wording is right to give the group as it stands", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Reason to go ahead", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

