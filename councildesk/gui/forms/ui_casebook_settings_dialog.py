# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'casebook_settings_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_CasebookSettingsDialog(object):
    def setupUi(self, CasebookSettingsDialog):
        if not CasebookSettingsDialog.objectName():
            CasebookSettingsDialog.setObjectName(u"CasebookSettingsDialog")
        CasebookSettingsDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(CasebookSettingsDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CasebookSettingsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.acknowledgeLabel = QLabel(CasebookSettingsDialog)
        self.acknowledgeLabel.setObjectName(u"acknowledgeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.acknowledgeLabel)

        self.acknowledgeSpin = QSpinBox(CasebookSettingsDialog)
        self.acknowledgeSpin.setObjectName(u"acknowledgeSpin")
        self.acknowledgeSpin.setMinimum(1)
        self.acknowledgeSpin.setMaximum(60)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.acknowledgeSpin)

        self.referLabel = QLabel(CasebookSettingsDialog)
        self.referLabel.setObjectName(u"referLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.referLabel)

        self.referSpin = QSpinBox(CasebookSettingsDialog)
        self.referSpin.setObjectName(u"referSpin")
        self.referSpin.setMinimum(1)
        self.referSpin.setMaximum(60)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.referSpin)

        self.meetingLabel = QLabel(CasebookSettingsDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingSpin = QSpinBox(CasebookSettingsDialog)
        self.meetingSpin.setObjectName(u"meetingSpin")
        self.meetingSpin.setMinimum(1)
        self.meetingSpin.setMaximum(60)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.meetingSpin)

        self.decisionLabel = QLabel(CasebookSettingsDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionSpin = QSpinBox(CasebookSettingsDialog)
        self.decisionSpin.setObjectName(u"decisionSpin")
        self.decisionSpin.setMinimum(1)
        self.decisionSpin.setMaximum(60)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decisionSpin)

        self.appealLabel = QLabel(CasebookSettingsDialog)
        self.appealLabel.setObjectName(u"appealLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.appealLabel)

        self.appealSpin = QSpinBox(CasebookSettingsDialog)
        self.appealSpin.setObjectName(u"appealSpin")
        self.appealSpin.setMinimum(1)
        self.appealSpin.setMaximum(60)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.appealSpin)

        self.panelLabel = QLabel(CasebookSettingsDialog)
        self.panelLabel.setObjectName(u"panelLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.panelLabel)

        self.panelSpin = QSpinBox(CasebookSettingsDialog)
        self.panelSpin.setObjectName(u"panelSpin")
        self.panelSpin.setMinimum(2)
        self.panelSpin.setMaximum(12)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.panelSpin)

        self.retentionLabel = QLabel(CasebookSettingsDialog)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.retentionLabel)

        self.retentionSpin = QSpinBox(CasebookSettingsDialog)
        self.retentionSpin.setObjectName(u"retentionSpin")
        self.retentionSpin.setMinimum(1)
        self.retentionSpin.setMaximum(50)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.retentionSpin)

        self.lockLabel = QLabel(CasebookSettingsDialog)
        self.lockLabel.setObjectName(u"lockLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.lockLabel)

        self.lockSpin = QSpinBox(CasebookSettingsDialog)
        self.lockSpin.setObjectName(u"lockSpin")
        self.lockSpin.setMinimum(1)
        self.lockSpin.setMaximum(120)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.lockSpin)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(CasebookSettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CasebookSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.acknowledgeLabel.setBuddy(self.acknowledgeSpin)
        self.referLabel.setBuddy(self.referSpin)
        self.meetingLabel.setBuddy(self.meetingSpin)
        self.decisionLabel.setBuddy(self.decisionSpin)
        self.appealLabel.setBuddy(self.appealSpin)
        self.panelLabel.setBuddy(self.panelSpin)
        self.retentionLabel.setBuddy(self.retentionSpin)
        self.lockLabel.setBuddy(self.lockSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.acknowledgeSpin, self.referSpin)
        QWidget.setTabOrder(self.referSpin, self.meetingSpin)
        QWidget.setTabOrder(self.meetingSpin, self.decisionSpin)
        QWidget.setTabOrder(self.decisionSpin, self.appealSpin)
        QWidget.setTabOrder(self.appealSpin, self.panelSpin)
        QWidget.setTabOrder(self.panelSpin, self.retentionSpin)
        QWidget.setTabOrder(self.retentionSpin, self.lockSpin)
        QWidget.setTabOrder(self.lockSpin, self.buttonBox)

        self.retranslateUi(CasebookSettingsDialog)

        QMetaObject.connectSlotsByName(CasebookSettingsDialog)
    # setupUi

    def retranslateUi(self, CasebookSettingsDialog):
        CasebookSettingsDialog.setWindowTitle(QCoreApplication.translate("CasebookSettingsDialog", u"Casebook settings", None))
        self.introLabel.setText(QCoreApplication.translate("CasebookSettingsDialog", u"Working days exclude weekends and the bank holidays of England and Wales. The defaults follow the Acas Code of Practice; change them to match the council's own procedures.", None))
        self.acknowledgeLabel.setText(QCoreApplication.translate("CasebookSettingsDialog", u"&Acknowledge receipt within", None))
#if QT_CONFIG(accessibility)
        self.acknowledgeSpin.setAccessibleName(QCoreApplication.translate("CasebookSettingsDialog", u"Acknowledge receipt within", None))
#endif // QT_CONFIG(accessibility)
        self.acknowledgeSpin.setSuffix(QCoreApplication.translate("CasebookSettingsDialog", u" working days", None))
        self.referLabel.setText(QCoreApplication.translate("CasebookSettingsDialog", u"&Refer a Code of Conduct allegation within", None))
#if QT_CONFIG(accessibility)
        self.referSpin.setAccessibleName(QCoreApplication.translate("CasebookSettingsDialog", u"Refer within", None))
#endif // QT_CONFIG(accessibility)
        self.referSpin.setSuffix(QCoreApplication.translate("CasebookSettingsDialog", u" working days", None))
        self.meetingLabel.setText(QCoreApplication.translate("CasebookSettingsDialog", u"Hold the &meeting within", None))
#if QT_CONFIG(accessibility)
        self.meetingSpin.setAccessibleName(QCoreApplication.translate("CasebookSettingsDialog", u"Hold the meeting within", None))
#endif // QT_CONFIG(accessibility)
        self.meetingSpin.setSuffix(QCoreApplication.translate("CasebookSettingsDialog", u" working days", None))
        self.decisionLabel.setText(QCoreApplication.translate("CasebookSettingsDialog", u"Send the &decision within", None))
#if QT_CONFIG(accessibility)
        self.decisionSpin.setAccessibleName(QCoreApplication.translate("CasebookSettingsDialog", u"Send the decision within", None))
#endif // QT_CONFIG(accessibility)
        self.decisionSpin.setSuffix(QCoreApplication.translate("CasebookSettingsDialog", u" working days of the meeting", None))
        self.appealLabel.setText(QCoreApplication.translate("CasebookSettingsDialog", u"An a&ppeal may be lodged within", None))
#if QT_CONFIG(accessibility)
        self.appealSpin.setAccessibleName(QCoreApplication.translate("CasebookSettingsDialog", u"Appeal lodged within", None))
#endif // QT_CONFIG(accessibility)
        self.appealSpin.setSuffix(QCoreApplication.translate("CasebookSettingsDialog", u" working days of the decision", None))
        self.panelLabel.setText(QCoreApplication.translate("CasebookSettingsDialog", u"Smallest &panel", None))
#if QT_CONFIG(accessibility)
        self.panelSpin.setAccessibleName(QCoreApplication.translate("CasebookSettingsDialog", u"Smallest panel", None))
#endif // QT_CONFIG(accessibility)
        self.panelSpin.setSuffix(QCoreApplication.translate("CasebookSettingsDialog", u" councillors", None))
        self.retentionLabel.setText(QCoreApplication.translate("CasebookSettingsDialog", u"&Keep closed cases for", None))
#if QT_CONFIG(accessibility)
        self.retentionSpin.setAccessibleName(QCoreApplication.translate("CasebookSettingsDialog", u"Keep closed cases for", None))
#endif // QT_CONFIG(accessibility)
        self.retentionSpin.setSuffix(QCoreApplication.translate("CasebookSettingsDialog", u" years", None))
        self.lockLabel.setText(QCoreApplication.translate("CasebookSettingsDialog", u"&Lock after", None))
#if QT_CONFIG(accessibility)
        self.lockSpin.setAccessibleName(QCoreApplication.translate("CasebookSettingsDialog", u"Lock after", None))
#endif // QT_CONFIG(accessibility)
        self.lockSpin.setSuffix(QCoreApplication.translate("CasebookSettingsDialog", u" minutes without use", None))
        self.errorLabel.setText("")
    # retranslateUi

