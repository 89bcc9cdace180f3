# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit

class Ui_GroupDialog(object):
    def setupUi(self, GroupDialog):
        if not GroupDialog.objectName():
            GroupDialog.setObjectName(u"GroupDialog")
        GroupDialog.setMinimumSize(QSize(460, 0))
        self.dialogLayout = QVBoxLayout(GroupDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(GroupDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(GroupDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.activeFromLabel = QLabel(GroupDialog)
        self.activeFromLabel.setObjectName(u"activeFromLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.activeFromLabel)

        self.activeFromDate = OptionalDateEdit(GroupDialog)
        self.activeFromDate.setObjectName(u"activeFromDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.activeFromDate.sizePolicy().hasHeightForWidth())
        self.activeFromDate.setSizePolicy(sizePolicy)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.activeFromDate)

        self.activeToLabel = QLabel(GroupDialog)
        self.activeToLabel.setObjectName(u"activeToLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.activeToLabel)

        self.activeToDate = OptionalDateEdit(GroupDialog)
        self.activeToDate.setObjectName(u"activeToDate")
        sizePolicy.setHeightForWidth(self.activeToDate.sizePolicy().hasHeightForWidth())
        self.activeToDate.setSizePolicy(sizePolicy)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.activeToDate)


        self.dialogLayout.addLayout(self.form)

        self.hintLabel = QLabel(GroupDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(GroupDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(GroupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.activeFromLabel.setBuddy(self.activeFromDate)
        self.activeToLabel.setBuddy(self.activeToDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.activeFromDate)
        QWidget.setTabOrder(self.activeFromDate, self.activeToDate)
        QWidget.setTabOrder(self.activeToDate, self.buttonBox)

        self.retranslateUi(GroupDialog)

        QMetaObject.connectSlotsByName(GroupDialog)
    # setupUi

    def retranslateUi(self, GroupDialog):
        GroupDialog.setWindowTitle(QCoreApplication.translate("GroupDialog", u"Political group", None))
        self.nameLabel.setText(QCoreApplication.translate("GroupDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Group name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"e.g. Green Group", None))
        self.activeFromLabel.setText(QCoreApplication.translate("GroupDialog", u"Active &from", None))
#if QT_CONFIG(accessibility)
        self.activeFromDate.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Active from", None))
#endif // QT_CONFIG(accessibility)
        self.activeToLabel.setText(QCoreApplication.translate("GroupDialog", u"Active &to", None))
#if QT_CONFIG(accessibility)
        self.activeToDate.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Active to", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("GroupDialog", u"Dates are dd/mm/yyyy. Leave \u201cActive to\u201d empty while the group exists.", None))
        self.errorLabel.setText("")
    # retranslateUi

