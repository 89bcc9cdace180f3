# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'committee_dialog.ui'
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
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CommitteeDialog(object):
    def setupUi(self, CommitteeDialog):
        if not CommitteeDialog.objectName():
            CommitteeDialog.setObjectName(u"CommitteeDialog")
        CommitteeDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(CommitteeDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(CommitteeDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CommitteeDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.remitLabel = QLabel(CommitteeDialog)
        self.remitLabel.setObjectName(u"remitLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.remitLabel)

        self.remitEdit = QPlainTextEdit(CommitteeDialog)
        self.remitEdit.setObjectName(u"remitEdit")
        self.remitEdit.setMaximumSize(QSize(16777215, 72))
        self.remitEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.remitEdit)

        self.membersLabel = QLabel(CommitteeDialog)
        self.membersLabel.setObjectName(u"membersLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.membersLayout = QVBoxLayout()
        self.membersLayout.setSpacing(6)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersFilter = QLineEdit(CommitteeDialog)
        self.membersFilter.setObjectName(u"membersFilter")
        self.membersFilter.setClearButtonEnabled(True)

        self.membersLayout.addWidget(self.membersFilter)

        self.membersList = QListWidget(CommitteeDialog)
        self.membersList.setObjectName(u"membersList")
        self.membersList.setMinimumSize(QSize(0, 220))
        self.membersList.setAlternatingRowColors(True)

        self.membersLayout.addWidget(self.membersList)

        self.membersCountLabel = QLabel(CommitteeDialog)
        self.membersCountLabel.setObjectName(u"membersCountLabel")

        self.membersLayout.addWidget(self.membersCountLabel)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.membersLayout)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(CommitteeDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CommitteeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.remitLabel.setBuddy(self.remitEdit)
        self.membersLabel.setBuddy(self.membersList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.remitEdit)
        QWidget.setTabOrder(self.remitEdit, self.membersFilter)
        QWidget.setTabOrder(self.membersFilter, self.membersList)

        self.retranslateUi(CommitteeDialog)

        QMetaObject.connectSlotsByName(CommitteeDialog)
    # setupUi

    def retranslateUi(self, CommitteeDialog):
        CommitteeDialog.setWindowTitle(QCoreApplication.translate("CommitteeDialog", u"Committee", None))
        self.nameLabel.setText(QCoreApplication.translate("CommitteeDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("CommitteeDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CommitteeDialog", u"e.g. Planning Committee", None))
        self.remitLabel.setText(QCoreApplication.translate("CommitteeDialog", u"&Remit", None))
#if QT_CONFIG(accessibility)
        self.remitEdit.setAccessibleName(QCoreApplication.translate("CommitteeDialog", u"Remit", None))
#endif // QT_CONFIG(accessibility)
        self.remitEdit.setPlaceholderText(QCoreApplication.translate("CommitteeDialog", u"What the committee decides or advises on", None))
        self.membersLabel.setText(QCoreApplication.translate("CommitteeDialog", u"&Members", None))
        self.membersFilter.setPlaceholderText(QCoreApplication.translate("CommitteeDialog", u"Find a councillor", None))
#if QT_CONFIG(accessibility)
        self.membersFilter.setAccessibleName(QCoreApplication.translate("CommitteeDialog", u"Find a councillor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.membersList.setAccessibleName(QCoreApplication.translate("CommitteeDialog", u"Members", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.membersList.setAccessibleDescription(QCoreApplication.translate("CommitteeDialog", u"Tick each councillor who sits on the committee; Space ticks or unticks", None))
#endif // QT_CONFIG(accessibility)
        self.membersCountLabel.setText("")
        self.membersCountLabel.setProperty(u"role", QCoreApplication.translate("CommitteeDialog", u"hint", None))
        self.errorLabel.setText("")
    # retranslateUi

