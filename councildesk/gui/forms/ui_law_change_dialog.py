# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'law_change_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit

class Ui_LawChangeDialog(object):
    def setupUi(self, LawChangeDialog):
        if not LawChangeDialog.objectName():
            LawChangeDialog.setObjectName(u"LawChangeDialog")
        LawChangeDialog.setMinimumSize(QSize(580, 460))
        self.dialogLayout = QVBoxLayout(LawChangeDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(LawChangeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(LawChangeDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.changedDate = OptionalDateEdit(LawChangeDialog)
        self.changedDate.setObjectName(u"changedDate")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.changedDate)

        self.descriptionLabel = QLabel(LawChangeDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(LawChangeDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.policiesLabel = QLabel(LawChangeDialog)
        self.policiesLabel.setObjectName(u"policiesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.policiesLabel)

        self.policyList = QListWidget(LawChangeDialog)
        self.policyList.setObjectName(u"policyList")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.policyList)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(LawChangeDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(LawChangeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.changedDate)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.policiesLabel.setBuddy(self.policyList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LawChangeDialog)

        QMetaObject.connectSlotsByName(LawChangeDialog)
    # setupUi

    def retranslateUi(self, LawChangeDialog):
        LawChangeDialog.setWindowTitle(QCoreApplication.translate("LawChangeDialog", u"A change in the law", None))
        self.introLabel.setText(QCoreApplication.translate("LawChangeDialog", u"The policies you tick become due for review at their body's next meeting, with the change named as the reason. Those reviewed on a change in the law are ticked already.", None))
        self.dateLabel.setText(QCoreApplication.translate("LawChangeDialog", u"In force from", None))
#if QT_CONFIG(accessibility)
        self.changedDate.setAccessibleName(QCoreApplication.translate("LawChangeDialog", u"Date of the change in the law", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("LawChangeDialog", u"&What changed", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("LawChangeDialog", u"What changed in the law", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("LawChangeDialog", u"e.g. Employment Rights Act 2025: flexible working", None))
        self.policiesLabel.setText(QCoreApplication.translate("LawChangeDialog", u"&Affects", None))
#if QT_CONFIG(accessibility)
        self.policyList.setAccessibleName(QCoreApplication.translate("LawChangeDialog", u"Policies the change affects", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

