# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'disclosure_settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_DisclosureSettingsDialog(object):
    def setupUi(self, DisclosureSettingsDialog):
        if not DisclosureSettingsDialog.objectName():
            DisclosureSettingsDialog.setObjectName(u"DisclosureSettingsDialog")
        DisclosureSettingsDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(DisclosureSettingsDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.daysLabel = QLabel(DisclosureSettingsDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysSpin = QSpinBox(DisclosureSettingsDialog)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(1)
        self.daysSpin.setMaximum(60)
        self.daysSpin.setValue(5)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.daysSpin)

        self.unaffiliatedCheck = QCheckBox(DisclosureSettingsDialog)
        self.unaffiliatedCheck.setObjectName(u"unaffiliatedCheck")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unaffiliatedCheck)

        self.hintLabel = QLabel(DisclosureSettingsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hintLabel)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(DisclosureSettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DisclosureSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.daysLabel.setBuddy(self.daysSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DisclosureSettingsDialog)

        QMetaObject.connectSlotsByName(DisclosureSettingsDialog)
    # setupUi

    def retranslateUi(self, DisclosureSettingsDialog):
        DisclosureSettingsDialog.setWindowTitle(QCoreApplication.translate("DisclosureSettingsDialog", u"Advice to groups: settings", None))
        self.daysLabel.setText(QCoreApplication.translate("DisclosureSettingsDialog", u"&Notices are due within", None))
        self.daysSpin.setSuffix(QCoreApplication.translate("DisclosureSettingsDialog", u" working days", None))
#if QT_CONFIG(accessibility)
        self.daysSpin.setAccessibleName(QCoreApplication.translate("DisclosureSettingsDialog", u"Notices are due within this many working days", None))
#endif // QT_CONFIG(accessibility)
        self.unaffiliatedCheck.setText(QCoreApplication.translate("DisclosureSettingsDialog", u"Also tell &councillors who belong to no group", None))
#if QT_CONFIG(accessibility)
        self.unaffiliatedCheck.setAccessibleName(QCoreApplication.translate("DisclosureSettingsDialog", u"Also tell councillors who belong to no group", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("DisclosureSettingsDialog", u"Working days leave out weekends and the bank holidays of England and Wales. Councillors in no group are told of advice recorded from now on.", None))
        self.hintLabel.setProperty(u"role", QCoreApplication.translate("DisclosureSettingsDialog", u"hint", None))
        self.errorLabel.setText("")
    # retranslateUi

