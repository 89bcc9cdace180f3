# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'membership_dialog.ui'
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

class Ui_MembershipDialog(object):
    def setupUi(self, MembershipDialog):
        if not MembershipDialog.objectName():
            MembershipDialog.setObjectName(u"MembershipDialog")
        MembershipDialog.setMinimumSize(QSize(480, 0))
        self.dialogLayout = QVBoxLayout(MembershipDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(MembershipDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.councillorLabel = QLabel(MembershipDialog)
        self.councillorLabel.setObjectName(u"councillorLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.councillorLabel)

        self.councillorCombo = QComboBox(MembershipDialog)
        self.councillorCombo.setObjectName(u"councillorCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.councillorCombo)

        self.fromLabel = QLabel(MembershipDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDate = OptionalDateEdit(MembershipDialog)
        self.fromDate.setObjectName(u"fromDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fromDate.sizePolicy().hasHeightForWidth())
        self.fromDate.setSizePolicy(sizePolicy)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromDate)

        self.toLabel = QLabel(MembershipDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toDate = OptionalDateEdit(MembershipDialog)
        self.toDate.setObjectName(u"toDate")
        sizePolicy.setHeightForWidth(self.toDate.sizePolicy().hasHeightForWidth())
        self.toDate.setSizePolicy(sizePolicy)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toDate)


        self.dialogLayout.addLayout(self.form)

        self.hintLabel = QLabel(MembershipDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(MembershipDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MembershipDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.councillorLabel.setBuddy(self.councillorCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.councillorCombo, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.buttonBox)

        self.retranslateUi(MembershipDialog)

        QMetaObject.connectSlotsByName(MembershipDialog)
    # setupUi

    def retranslateUi(self, MembershipDialog):
        MembershipDialog.setWindowTitle(QCoreApplication.translate("MembershipDialog", u"Group membership", None))
        self.introLabel.setText("")
        self.councillorLabel.setText(QCoreApplication.translate("MembershipDialog", u"&Councillor", None))
#if QT_CONFIG(accessibility)
        self.councillorCombo.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Councillor", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("MembershipDialog", u"Member &from", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Member from", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("MembershipDialog", u"Member &until", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Member until", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

