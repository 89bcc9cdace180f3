# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizard, QWizardPage)

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.setMinimumSize(QSize(620, 460))
        SetupWizard.setWizardStyle(QWizard.ClassicStyle)
        self.welcomePage = QWizardPage()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomeLayout = QVBoxLayout(self.welcomePage)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.welcomeText = QLabel(self.welcomePage)
        self.welcomeText.setObjectName(u"welcomeText")
        self.welcomeText.setWordWrap(True)

        self.welcomeLayout.addWidget(self.welcomeText)

        self.welcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeSpacer)

        SetupWizard.addPage(self.welcomePage)
        self.councilPage = QWizardPage()
        self.councilPage.setObjectName(u"councilPage")
        self.councilPageLayout = QVBoxLayout(self.councilPage)
        self.councilPageLayout.setObjectName(u"councilPageLayout")
        self.councilForm = QFormLayout()
        self.councilForm.setObjectName(u"councilForm")
        self.councilForm.setHorizontalSpacing(12)
        self.councilForm.setVerticalSpacing(10)
        self.councilForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.councilPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.councilForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.councilPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.councilForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(self.councilPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.councilForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.councilPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.councilForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.clerkTitleLabel = QLabel(self.councilPage)
        self.clerkTitleLabel.setObjectName(u"clerkTitleLabel")

        self.councilForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.clerkTitleLabel)

        self.clerkTitleCombo = QComboBox(self.councilPage)
        self.clerkTitleCombo.setObjectName(u"clerkTitleCombo")
        self.clerkTitleCombo.setEditable(True)

        self.councilForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.clerkTitleCombo)


        self.councilPageLayout.addLayout(self.councilForm)

        self.councilErrorLabel = QLabel(self.councilPage)
        self.councilErrorLabel.setObjectName(u"councilErrorLabel")

        self.councilPageLayout.addWidget(self.councilErrorLabel)

        SetupWizard.addPage(self.councilPage)
        self.principalPage = QWizardPage()
        self.principalPage.setObjectName(u"principalPage")
        self.principalPageLayout = QVBoxLayout(self.principalPage)
        self.principalPageLayout.setObjectName(u"principalPageLayout")
        self.principalForm = QFormLayout()
        self.principalForm.setObjectName(u"principalForm")
        self.principalForm.setHorizontalSpacing(12)
        self.principalForm.setVerticalSpacing(10)
        self.principalForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.principalLabel = QLabel(self.principalPage)
        self.principalLabel.setObjectName(u"principalLabel")

        self.principalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.principalLabel)

        self.principalEdit = QLineEdit(self.principalPage)
        self.principalEdit.setObjectName(u"principalEdit")

        self.principalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.principalEdit)

        self.moNameLabel = QLabel(self.principalPage)
        self.moNameLabel.setObjectName(u"moNameLabel")

        self.principalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.moNameLabel)

        self.moNameEdit = QLineEdit(self.principalPage)
        self.moNameEdit.setObjectName(u"moNameEdit")

        self.principalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.moNameEdit)

        self.moEmailLabel = QLabel(self.principalPage)
        self.moEmailLabel.setObjectName(u"moEmailLabel")

        self.principalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.moEmailLabel)

        self.moEmailEdit = QLineEdit(self.principalPage)
        self.moEmailEdit.setObjectName(u"moEmailEdit")

        self.principalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.moEmailEdit)

        self.moPhoneLabel = QLabel(self.principalPage)
        self.moPhoneLabel.setObjectName(u"moPhoneLabel")

        self.principalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.moPhoneLabel)

        self.moPhoneEdit = QLineEdit(self.principalPage)
        self.moPhoneEdit.setObjectName(u"moPhoneEdit")

        self.principalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.moPhoneEdit)

        self.moAddressLabel = QLabel(self.principalPage)
        self.moAddressLabel.setObjectName(u"moAddressLabel")

        self.principalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.moAddressLabel)

        self.moAddressEdit = QPlainTextEdit(self.principalPage)
        self.moAddressEdit.setObjectName(u"moAddressEdit")
        self.moAddressEdit.setMaximumSize(QSize(16777215, 72))
        self.moAddressEdit.setTabChangesFocus(True)

        self.principalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.moAddressEdit)


        self.principalPageLayout.addLayout(self.principalForm)

        self.principalErrorLabel = QLabel(self.principalPage)
        self.principalErrorLabel.setObjectName(u"principalErrorLabel")

        self.principalPageLayout.addWidget(self.principalErrorLabel)

        SetupWizard.addPage(self.principalPage)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.clerkTitleLabel.setBuddy(self.clerkTitleCombo)
        self.principalLabel.setBuddy(self.principalEdit)
        self.moNameLabel.setBuddy(self.moNameEdit)
        self.moEmailLabel.setBuddy(self.moEmailEdit)
        self.moPhoneLabel.setBuddy(self.moPhoneEdit)
        self.moAddressLabel.setBuddy(self.moAddressEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupWizard)

        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"Set up CouncilDesk", None))
        self.welcomePage.setTitle(QCoreApplication.translate("SetupWizard", u"Welcome to CouncilDesk", None))
        self.welcomePage.setSubTitle(QCoreApplication.translate("SetupWizard", u"A few details about your council, and you are ready to start.", None))
        self.welcomeText.setText(QCoreApplication.translate("SetupWizard", u"CouncilDesk keeps your council's Member/Officer Protocol and other policies, version by version, with a record of which councillors have received them; and its councillors, officers, political groups, committees and meetings, with a council directory to print \u2014 all on this computer, with no internet connection needed.\n"
"\n"
"Everything you enter is kept in one file on this computer. You can change any of these details later from File \u2192 Council details.", None))
        self.councilPage.setTitle(QCoreApplication.translate("SetupWizard", u"Your council", None))
        self.councilPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"How the council is named on its papers.", None))
        self.nameLabel.setText(QCoreApplication.translate("SetupWizard", u"Council &name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Council name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. Ashcombe Parva Parish Council", None))
        self.kindLabel.setText(QCoreApplication.translate("SetupWizard", u"&Kind of council", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Kind of council", None))
#endif // QT_CONFIG(accessibility)
        self.clerkTitleLabel.setText(QCoreApplication.translate("SetupWizard", u"Your &title", None))
#if QT_CONFIG(accessibility)
        self.clerkTitleCombo.setAccessibleName(QCoreApplication.translate("SetupWizard", u"The clerk's title", None))
#endif // QT_CONFIG(accessibility)
        self.councilErrorLabel.setText("")
        self.principalPage.setTitle(QCoreApplication.translate("SetupWizard", u"Principal council and Monitoring Officer", None))
        self.principalPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Code of Conduct complaints go to the Monitoring Officer of your district or unitary council. You can leave these blank and add them later.", None))
        self.principalLabel.setText(QCoreApplication.translate("SetupWizard", u"&Principal council", None))
#if QT_CONFIG(accessibility)
        self.principalEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Principal council", None))
#endif // QT_CONFIG(accessibility)
        self.principalEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. Westmoor District Council", None))
        self.moNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Monitoring Officer's &name", None))
#if QT_CONFIG(accessibility)
        self.moNameEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Monitoring Officer's name", None))
#endif // QT_CONFIG(accessibility)
        self.moEmailLabel.setText(QCoreApplication.translate("SetupWizard", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.moEmailEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Monitoring Officer's email", None))
#endif // QT_CONFIG(accessibility)
        self.moPhoneLabel.setText(QCoreApplication.translate("SetupWizard", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.moPhoneEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Monitoring Officer's telephone", None))
#endif // QT_CONFIG(accessibility)
        self.moAddressLabel.setText(QCoreApplication.translate("SetupWizard", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.moAddressEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Monitoring Officer's address", None))
#endif // QT_CONFIG(accessibility)
        self.principalErrorLabel.setText("")
    # retranslateUi

