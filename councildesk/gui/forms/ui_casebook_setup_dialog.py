# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'casebook_setup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_CasebookSetupDialog(object):
    def setupUi(self, CasebookSetupDialog):
        if not CasebookSetupDialog.objectName():
            CasebookSetupDialog.setObjectName(u"CasebookSetupDialog")
        CasebookSetupDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(CasebookSetupDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.pages = QStackedWidget(CasebookSetupDialog)
        self.pages.setObjectName(u"pages")
        self.choosePage = QWidget()
        self.choosePage.setObjectName(u"choosePage")
        self.choosePageLayout = QVBoxLayout(self.choosePage)
        self.choosePageLayout.setSpacing(12)
        self.choosePageLayout.setObjectName(u"choosePageLayout")
        self.choosePageLayout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(self.choosePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.choosePageLayout.addWidget(self.introLabel)

        self.chooseForm = QFormLayout()
        self.chooseForm.setObjectName(u"chooseForm")
        self.chooseForm.setHorizontalSpacing(12)
        self.chooseForm.setVerticalSpacing(8)
        self.chooseForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.passphraseLabel = QLabel(self.choosePage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.chooseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.choosePage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.chooseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(self.choosePage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.chooseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.choosePage)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.chooseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.choosePageLayout.addLayout(self.chooseForm)

        self.chooseSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choosePageLayout.addItem(self.chooseSpacer)

        self.pages.addWidget(self.choosePage)
        self.keyPage = QWidget()
        self.keyPage.setObjectName(u"keyPage")
        self.keyPageLayout = QVBoxLayout(self.keyPage)
        self.keyPageLayout.setSpacing(12)
        self.keyPageLayout.setObjectName(u"keyPageLayout")
        self.keyPageLayout.setContentsMargins(0, 0, 0, 0)
        self.keyIntroLabel = QLabel(self.keyPage)
        self.keyIntroLabel.setObjectName(u"keyIntroLabel")
        self.keyIntroLabel.setWordWrap(True)

        self.keyPageLayout.addWidget(self.keyIntroLabel)

        self.recoveryKeyEdit = QLineEdit(self.keyPage)
        self.recoveryKeyEdit.setObjectName(u"recoveryKeyEdit")
        self.recoveryKeyEdit.setReadOnly(True)

        self.keyPageLayout.addWidget(self.recoveryKeyEdit)

        self.keyButtons = QHBoxLayout()
        self.keyButtons.setSpacing(8)
        self.keyButtons.setObjectName(u"keyButtons")
        self.printKeyButton = QPushButton(self.keyPage)
        self.printKeyButton.setObjectName(u"printKeyButton")

        self.keyButtons.addWidget(self.printKeyButton)

        self.copyKeyButton = QPushButton(self.keyPage)
        self.copyKeyButton.setObjectName(u"copyKeyButton")

        self.keyButtons.addWidget(self.copyKeyButton)

        self.keySpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keyButtons.addItem(self.keySpacer)


        self.keyPageLayout.addLayout(self.keyButtons)

        self.keptCheck = QCheckBox(self.keyPage)
        self.keptCheck.setObjectName(u"keptCheck")

        self.keyPageLayout.addWidget(self.keptCheck)

        self.keyPageSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.keyPageLayout.addItem(self.keyPageSpacer)

        self.pages.addWidget(self.keyPage)

        self.dialogLayout.addWidget(self.pages)

        self.errorLabel = QLabel(CasebookSetupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CasebookSetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.recoveryKeyEdit)
        QWidget.setTabOrder(self.recoveryKeyEdit, self.printKeyButton)
        QWidget.setTabOrder(self.printKeyButton, self.copyKeyButton)
        QWidget.setTabOrder(self.copyKeyButton, self.keptCheck)
        QWidget.setTabOrder(self.keptCheck, self.buttonBox)

        self.retranslateUi(CasebookSetupDialog)

        QMetaObject.connectSlotsByName(CasebookSetupDialog)
    # setupUi

    def retranslateUi(self, CasebookSetupDialog):
        CasebookSetupDialog.setWindowTitle(QCoreApplication.translate("CasebookSetupDialog", u"Set up the casebook", None))
        self.introLabel.setText("")
        self.passphraseLabel.setText(QCoreApplication.translate("CasebookSetupDialog", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("CasebookSetupDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("CasebookSetupDialog", u"&Type it again", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("CasebookSetupDialog", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.keyIntroLabel.setText("")
#if QT_CONFIG(accessibility)
        self.recoveryKeyEdit.setAccessibleName(QCoreApplication.translate("CasebookSetupDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.printKeyButton.setText(QCoreApplication.translate("CasebookSetupDialog", u"&Print the recovery key\u2026", None))
        self.copyKeyButton.setText(QCoreApplication.translate("CasebookSetupDialog", u"C&opy", None))
        self.keptCheck.setText(QCoreApplication.translate("CasebookSetupDialog", u"I have printed or written down the recovery key, to keep with the council's papers", None))
        self.errorLabel.setText("")
    # retranslateUi

