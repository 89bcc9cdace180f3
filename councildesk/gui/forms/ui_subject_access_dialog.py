# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subject_access_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_SubjectAccessDialog(object):
    def setupUi(self, SubjectAccessDialog):
        if not SubjectAccessDialog.objectName():
            SubjectAccessDialog.setObjectName(u"SubjectAccessDialog")
        SubjectAccessDialog.setMinimumSize(QSize(820, 460))
        self.dialogLayout = QVBoxLayout(SubjectAccessDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SubjectAccessDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.introLabel)

        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(8)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.newButton = QPushButton(SubjectAccessDialog)
        self.newButton.setObjectName(u"newButton")

        self.toolbarLayout.addWidget(self.newButton)

        self.editButton = QPushButton(SubjectAccessDialog)
        self.editButton.setObjectName(u"editButton")

        self.toolbarLayout.addWidget(self.editButton)

        self.previewButton = QPushButton(SubjectAccessDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.toolbarLayout.addWidget(self.previewButton)

        self.exportButton = QPushButton(SubjectAccessDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.toolbarLayout.addWidget(self.exportButton)

        self.answeredButton = QPushButton(SubjectAccessDialog)
        self.answeredButton.setObjectName(u"answeredButton")

        self.toolbarLayout.addWidget(self.answeredButton)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)


        self.dialogLayout.addLayout(self.toolbarLayout)

        self.table = QTableView(SubjectAccessDialog)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.table)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.countLabel = QLabel(SubjectAccessDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.footerLayout.addWidget(self.countLabel)

        self.buttonBox = QDialogButtonBox(SubjectAccessDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.footerLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.footerLayout)

        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.answeredButton)
        QWidget.setTabOrder(self.answeredButton, self.table)
        QWidget.setTabOrder(self.table, self.buttonBox)

        self.retranslateUi(SubjectAccessDialog)

        QMetaObject.connectSlotsByName(SubjectAccessDialog)
    # setupUi

    def retranslateUi(self, SubjectAccessDialog):
        SubjectAccessDialog.setWindowTitle(QCoreApplication.translate("SubjectAccessDialog", u"Subject access requests", None))
        self.introLabel.setText(QCoreApplication.translate("SubjectAccessDialog", u"Anyone may ask for the personal data the council holds about them. The answer is due one calendar month from the day the request arrived (the next working day if that falls on a weekend or bank holiday). The bundle gathers every case the person is in and lists the other people named, for you to redact before sending.", None))
        self.newButton.setText(QCoreApplication.translate("SubjectAccessDialog", u"&New request\u2026", None))
        self.editButton.setText(QCoreApplication.translate("SubjectAccessDialog", u"&Edit\u2026", None))
        self.previewButton.setText(QCoreApplication.translate("SubjectAccessDialog", u"&Preview bundle\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("SubjectAccessDialog", u"E&xport bundle\u2026", None))
        self.answeredButton.setText(QCoreApplication.translate("SubjectAccessDialog", u"&Mark answered\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("SubjectAccessDialog", u"Subject access requests", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
    # retranslateUi

