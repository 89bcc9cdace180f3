# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'policy_dialog.ui'
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
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit

class Ui_PolicyDialog(object):
    def setupUi(self, PolicyDialog):
        if not PolicyDialog.objectName():
            PolicyDialog.setObjectName(u"PolicyDialog")
        PolicyDialog.setMinimumSize(QSize(580, 0))
        self.dialogLayout = QVBoxLayout(PolicyDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(PolicyDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PolicyDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.bodyLabel = QLabel(PolicyDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyCombo = QComboBox(PolicyDialog)
        self.bodyCombo.setObjectName(u"bodyCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bodyCombo)

        self.cycleLabel = QLabel(PolicyDialog)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cycleLabel)

        self.cycleLayout = QHBoxLayout()
        self.cycleLayout.setObjectName(u"cycleLayout")
        self.cycleSpin = QSpinBox(PolicyDialog)
        self.cycleSpin.setObjectName(u"cycleSpin")
        self.cycleSpin.setMinimum(0)
        self.cycleSpin.setMaximum(120)
        self.cycleSpin.setMinimumSize(QSize(150, 0))

        self.cycleLayout.addWidget(self.cycleSpin)

        self.cycleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cycleLayout.addItem(self.cycleSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.cycleLayout)

        self.legalCheck = QCheckBox(PolicyDialog)
        self.legalCheck.setObjectName(u"legalCheck")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.legalCheck)

        self.requiredCheck = QCheckBox(PolicyDialog)
        self.requiredCheck.setObjectName(u"requiredCheck")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.requiredCheck)

        self.docLabel = QLabel(PolicyDialog)
        self.docLabel.setObjectName(u"docLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.docLabel)

        self.docEdit = QLineEdit(PolicyDialog)
        self.docEdit.setObjectName(u"docEdit")
        self.docEdit.setMaxLength(300)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.docEdit)

        self.overrideLabel = QLabel(PolicyDialog)
        self.overrideLabel.setObjectName(u"overrideLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.overrideLabel)

        self.overrideLayout = QHBoxLayout()
        self.overrideLayout.setObjectName(u"overrideLayout")
        self.overrideDate = OptionalDateEdit(PolicyDialog)
        self.overrideDate.setObjectName(u"overrideDate")

        self.overrideLayout.addWidget(self.overrideDate)

        self.overrideHint = QLabel(PolicyDialog)
        self.overrideHint.setObjectName(u"overrideHint")

        self.overrideLayout.addWidget(self.overrideHint)

        self.overrideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.overrideLayout.addItem(self.overrideSpacer)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.overrideLayout)

        self.reasonLabel = QLabel(PolicyDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(PolicyDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(PolicyDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PolicyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.bodyLabel.setBuddy(self.bodyCombo)
        self.cycleLabel.setBuddy(self.cycleSpin)
        self.docLabel.setBuddy(self.docEdit)
        self.overrideLabel.setBuddy(self.overrideDate)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PolicyDialog)

        QMetaObject.connectSlotsByName(PolicyDialog)
    # setupUi

    def retranslateUi(self, PolicyDialog):
        PolicyDialog.setWindowTitle(QCoreApplication.translate("PolicyDialog", u"Policy", None))
        self.nameLabel.setText(QCoreApplication.translate("PolicyDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PolicyDialog", u"Name of the policy", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PolicyDialog", u"e.g. Standing Orders", None))
        self.bodyLabel.setText(QCoreApplication.translate("PolicyDialog", u"Reviewed &by", None))
#if QT_CONFIG(accessibility)
        self.bodyCombo.setAccessibleName(QCoreApplication.translate("PolicyDialog", u"Body responsible for the review", None))
#endif // QT_CONFIG(accessibility)
        self.cycleLabel.setText(QCoreApplication.translate("PolicyDialog", u"Review &every", None))
#if QT_CONFIG(accessibility)
        self.cycleSpin.setAccessibleName(QCoreApplication.translate("PolicyDialog", u"Review cycle in months (0 for none)", None))
#endif // QT_CONFIG(accessibility)
        self.cycleSpin.setSuffix(QCoreApplication.translate("PolicyDialog", u" months", None))
        self.cycleSpin.setSpecialValueText(QCoreApplication.translate("PolicyDialog", u"No fixed cycle", None))
        self.legalCheck.setText(QCoreApplication.translate("PolicyDialog", u"Also on a change in the &law", None))
        self.requiredCheck.setText(QCoreApplication.translate("PolicyDialog", u"As &required (no fixed date)", None))
        self.docLabel.setText(QCoreApplication.translate("PolicyDialog", u"The &document says", None))
#if QT_CONFIG(accessibility)
        self.docEdit.setAccessibleName(QCoreApplication.translate("PolicyDialog", u"What the document says about its review", None))
#endif // QT_CONFIG(accessibility)
        self.docEdit.setPlaceholderText(QCoreApplication.translate("PolicyDialog", u"e.g. reviewed annually, or Review date: 2027", None))
        self.overrideLabel.setText(QCoreApplication.translate("PolicyDialog", u"Next review &on", None))
#if QT_CONFIG(accessibility)
        self.overrideDate.setAccessibleName(QCoreApplication.translate("PolicyDialog", u"Next review on (instead of the cycle)", None))
#endif // QT_CONFIG(accessibility)
        self.overrideHint.setText(QCoreApplication.translate("PolicyDialog", u"Leave empty to follow the cycle.", None))
        self.overrideHint.setProperty(u"role", QCoreApplication.translate("PolicyDialog", u"hint", None))
        self.reasonLabel.setText(QCoreApplication.translate("PolicyDialog", u"Because", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("PolicyDialog", u"Why the date differs from the cycle", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("PolicyDialog", u"e.g. to line up with the new model from NALC", None))
        self.errorLabel.setText("")
    # retranslateUi

