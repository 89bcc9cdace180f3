# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CouncilDialog(object):
    def setupUi(self, CouncilDialog):
        if not CouncilDialog.objectName():
            CouncilDialog.setObjectName(u"CouncilDialog")
        CouncilDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(CouncilDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(CouncilDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CouncilDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(CouncilDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(CouncilDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.clerkTitleLabel = QLabel(CouncilDialog)
        self.clerkTitleLabel.setObjectName(u"clerkTitleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.clerkTitleLabel)

        self.clerkTitleCombo = QComboBox(CouncilDialog)
        self.clerkTitleCombo.setObjectName(u"clerkTitleCombo")
        self.clerkTitleCombo.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.clerkTitleCombo)

        self.principalLabel = QLabel(CouncilDialog)
        self.principalLabel.setObjectName(u"principalLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.principalLabel)

        self.principalEdit = QLineEdit(CouncilDialog)
        self.principalEdit.setObjectName(u"principalEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.principalEdit)

        self.moNameLabel = QLabel(CouncilDialog)
        self.moNameLabel.setObjectName(u"moNameLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.moNameLabel)

        self.moNameEdit = QLineEdit(CouncilDialog)
        self.moNameEdit.setObjectName(u"moNameEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.moNameEdit)

        self.moEmailLabel = QLabel(CouncilDialog)
        self.moEmailLabel.setObjectName(u"moEmailLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.moEmailLabel)

        self.moEmailEdit = QLineEdit(CouncilDialog)
        self.moEmailEdit.setObjectName(u"moEmailEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.moEmailEdit)

        self.moPhoneLabel = QLabel(CouncilDialog)
        self.moPhoneLabel.setObjectName(u"moPhoneLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.moPhoneLabel)

        self.moPhoneEdit = QLineEdit(CouncilDialog)
        self.moPhoneEdit.setObjectName(u"moPhoneEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.moPhoneEdit)

        self.moAddressLabel = QLabel(CouncilDialog)
        self.moAddressLabel.setObjectName(u"moAddressLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.moAddressLabel)

        self.moAddressEdit = QPlainTextEdit(CouncilDialog)
        self.moAddressEdit.setObjectName(u"moAddressEdit")
        self.moAddressEdit.setMaximumSize(QSize(16777215, 72))
        self.moAddressEdit.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.moAddressEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(CouncilDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CouncilDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

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

        self.retranslateUi(CouncilDialog)

        QMetaObject.connectSlotsByName(CouncilDialog)
    # setupUi

    def retranslateUi(self, CouncilDialog):
        CouncilDialog.setWindowTitle(QCoreApplication.translate("CouncilDialog", u"Council details", None))
        self.nameLabel.setText(QCoreApplication.translate("CouncilDialog", u"Council &name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("CouncilDialog", u"Council name", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("CouncilDialog", u"&Kind of council", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("CouncilDialog", u"Kind of council", None))
#endif // QT_CONFIG(accessibility)
        self.clerkTitleLabel.setText(QCoreApplication.translate("CouncilDialog", u"Clerk's &title", None))
#if QT_CONFIG(accessibility)
        self.clerkTitleCombo.setAccessibleName(QCoreApplication.translate("CouncilDialog", u"The clerk's title", None))
#endif // QT_CONFIG(accessibility)
        self.principalLabel.setText(QCoreApplication.translate("CouncilDialog", u"&Principal council", None))
#if QT_CONFIG(accessibility)
        self.principalEdit.setAccessibleName(QCoreApplication.translate("CouncilDialog", u"Principal council", None))
#endif // QT_CONFIG(accessibility)
        self.moNameLabel.setText(QCoreApplication.translate("CouncilDialog", u"Monitoring Officer", None))
#if QT_CONFIG(accessibility)
        self.moNameEdit.setAccessibleName(QCoreApplication.translate("CouncilDialog", u"Monitoring Officer's name", None))
#endif // QT_CONFIG(accessibility)
        self.moEmailLabel.setText(QCoreApplication.translate("CouncilDialog", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.moEmailEdit.setAccessibleName(QCoreApplication.translate("CouncilDialog", u"Monitoring Officer's email", None))
#endif // QT_CONFIG(accessibility)
        self.moPhoneLabel.setText(QCoreApplication.translate("CouncilDialog", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.moPhoneEdit.setAccessibleName(QCoreApplication.translate("CouncilDialog", u"Monitoring Officer's telephone", None))
#endif // QT_CONFIG(accessibility)
        self.moAddressLabel.setText(QCoreApplication.translate("CouncilDialog", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.moAddressEdit.setAccessibleName(QCoreApplication.translate("CouncilDialog", u"Monitoring Officer's address", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

