# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(PersonDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(PersonDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.councillorRadio = QRadioButton(PersonDialog)
        self.councillorRadio.setObjectName(u"councillorRadio")
        self.councillorRadio.setChecked(True)

        self.kindLayout.addWidget(self.councillorRadio)

        self.officerRadio = QRadioButton(PersonDialog)
        self.officerRadio.setObjectName(u"officerRadio")

        self.kindLayout.addWidget(self.officerRadio)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindLayout.addItem(self.kindSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindLayout)

        self.personTitleLabel = QLabel(PersonDialog)
        self.personTitleLabel.setObjectName(u"personTitleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personTitleLabel)

        self.titleCombo = QComboBox(PersonDialog)
        self.titleCombo.setObjectName(u"titleCombo")
        self.titleCombo.setEditable(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleCombo.sizePolicy().hasHeightForWidth())
        self.titleCombo.setSizePolicy(sizePolicy)
        self.titleCombo.setMinimumSize(QSize(120, 0))
        self.titleCombo.setMaximumSize(QSize(180, 16777215))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleCombo)

        self.forenamesLabel = QLabel(PersonDialog)
        self.forenamesLabel.setObjectName(u"forenamesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.forenamesLabel)

        self.forenamesEdit = QLineEdit(PersonDialog)
        self.forenamesEdit.setObjectName(u"forenamesEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.forenamesEdit)

        self.surnameLabel = QLabel(PersonDialog)
        self.surnameLabel.setObjectName(u"surnameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.surnameLabel)

        self.surnameEdit = QLineEdit(PersonDialog)
        self.surnameEdit.setObjectName(u"surnameEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.surnameEdit)

        self.wardLabel = QLabel(PersonDialog)
        self.wardLabel.setObjectName(u"wardLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.wardLabel)

        self.wardEdit = QLineEdit(PersonDialog)
        self.wardEdit.setObjectName(u"wardEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.wardEdit)

        self.postLabel = QLabel(PersonDialog)
        self.postLabel.setObjectName(u"postLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.postLabel)

        self.postCombo = QComboBox(PersonDialog)
        self.postCombo.setObjectName(u"postCombo")
        self.postCombo.setEditable(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.postCombo)

        self.startLabel = QLabel(PersonDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDate = OptionalDateEdit(PersonDialog)
        self.startDate.setObjectName(u"startDate")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.startDate)

        self.endLabel = QLabel(PersonDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endDate = OptionalDateEdit(PersonDialog)
        self.endDate.setObjectName(u"endDate")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.endDate)

        self.emailLabel = QLabel(PersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PersonDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(PersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(PersonDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.addressLabel = QLabel(PersonDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(PersonDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaximumSize(QSize(16777215, 64))
        self.addressEdit.setTabChangesFocus(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.rolesLabel = QLabel(PersonDialog)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.rolesLabel)

        self.rolesLayout = QVBoxLayout()
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.rolesTable = QTableWidget(PersonDialog)
        self.rolesTable.setObjectName(u"rolesTable")
        self.rolesTable.setMaximumSize(QSize(16777215, 120))
        self.rolesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rolesTable.setTabKeyNavigation(False)
        self.rolesTable.horizontalHeader().setStretchLastSection(True)
        self.rolesTable.verticalHeader().setVisible(False)

        self.rolesLayout.addWidget(self.rolesTable)

        self.rolesButtons = QHBoxLayout()
        self.rolesButtons.setObjectName(u"rolesButtons")
        self.addRoleButton = QPushButton(PersonDialog)
        self.addRoleButton.setObjectName(u"addRoleButton")

        self.rolesButtons.addWidget(self.addRoleButton)

        self.removeRoleButton = QPushButton(PersonDialog)
        self.removeRoleButton.setObjectName(u"removeRoleButton")

        self.rolesButtons.addWidget(self.removeRoleButton)

        self.rolesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rolesButtons.addItem(self.rolesSpacer)


        self.rolesLayout.addLayout(self.rolesButtons)


        self.form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.rolesLayout)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(PersonDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personTitleLabel.setBuddy(self.titleCombo)
        self.forenamesLabel.setBuddy(self.forenamesEdit)
        self.surnameLabel.setBuddy(self.surnameEdit)
        self.wardLabel.setBuddy(self.wardEdit)
        self.postLabel.setBuddy(self.postCombo)
        self.startLabel.setBuddy(self.startDate)
        self.endLabel.setBuddy(self.endDate)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.rolesLabel.setBuddy(self.rolesTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.kindLabel.setText(QCoreApplication.translate("PersonDialog", u"This person is", None))
        self.councillorRadio.setText(QCoreApplication.translate("PersonDialog", u"a &councillor", None))
        self.officerRadio.setText(QCoreApplication.translate("PersonDialog", u"an &officer", None))
        self.personTitleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.titleCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.titleCombo.setToolTip(QCoreApplication.translate("PersonDialog", u"Cllr, Mr, Mrs, Ms, Dr\u2026 or type another; may be left empty", None))
#endif // QT_CONFIG(tooltip)
        self.forenamesLabel.setText(QCoreApplication.translate("PersonDialog", u"Fore&names", None))
#if QT_CONFIG(accessibility)
        self.forenamesEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Forenames", None))
#endif // QT_CONFIG(accessibility)
        self.forenamesEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. Jane", None))
        self.surnameLabel.setText(QCoreApplication.translate("PersonDialog", u"S&urname", None))
#if QT_CONFIG(accessibility)
        self.surnameEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Surname", None))
#endif // QT_CONFIG(accessibility)
        self.surnameEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. Smith (lists are sorted by it)", None))
        self.wardLabel.setText(QCoreApplication.translate("PersonDialog", u"&Ward", None))
#if QT_CONFIG(accessibility)
        self.wardEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Ward", None))
#endif // QT_CONFIG(accessibility)
        self.postLabel.setText(QCoreApplication.translate("PersonDialog", u"&Post", None))
#if QT_CONFIG(accessibility)
        self.postCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Post", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("PersonDialog", u"Term &starts", None))
#if QT_CONFIG(accessibility)
        self.startDate.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.endLabel.setText(QCoreApplication.translate("PersonDialog", u"Term &ends", None))
#if QT_CONFIG(accessibility)
        self.endDate.setAccessibleName(QCoreApplication.translate("PersonDialog", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Telephone", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("PersonDialog", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.rolesLabel.setText(QCoreApplication.translate("PersonDialog", u"&Roles", None))
#if QT_CONFIG(accessibility)
        self.rolesTable.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Roles", None))
#endif // QT_CONFIG(accessibility)
        self.addRoleButton.setText(QCoreApplication.translate("PersonDialog", u"Add role", None))
        self.removeRoleButton.setText(QCoreApplication.translate("PersonDialog", u"Remove role", None))
        self.errorLabel.setText("")
    # retranslateUi

