# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCommandLinkButton, QDialog,
    QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(FirstRunDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.titleLabel = QLabel(FirstRunDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.dialogLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.setUpButton = QCommandLinkButton(FirstRunDialog)
        self.setUpButton.setObjectName(u"setUpButton")
        self.setUpButton.setDefault(True)

        self.dialogLayout.addWidget(self.setUpButton)

        self.sampleButton = QCommandLinkButton(FirstRunDialog)
        self.sampleButton.setObjectName(u"sampleButton")

        self.dialogLayout.addWidget(self.sampleButton)

        self.openButton = QCommandLinkButton(FirstRunDialog)
        self.openButton.setObjectName(u"openButton")

        self.dialogLayout.addWidget(self.openButton)

        self.whereLabel = QLabel(FirstRunDialog)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.whereLabel)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to CouncilDesk", None))
        self.titleLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Welcome to CouncilDesk", None))
        self.titleLabel.setProperty(u"role", QCoreApplication.translate("FirstRunDialog", u"sectionTitle", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"There is no council on this computer yet. How would you like to start?", None))
        self.setUpButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Set up my council", None))
        self.setUpButton.setDescription(QCoreApplication.translate("FirstRunDialog", u"Enter your council's name and a few details. It takes a minute, and you can change them later.", None))
#if QT_CONFIG(accessibility)
        self.setUpButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Set up my council", None))
#endif // QT_CONFIG(accessibility)
        self.sampleButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Explore a sample council", None))
        self.sampleButton.setDescription(QCoreApplication.translate("FirstRunDialog", u"A made-up council to try things out on, kept in a file of its own. Nothing you do there touches your own council's records.", None))
#if QT_CONFIG(accessibility)
        self.sampleButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Explore a sample council", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Open a council file copied from another computer", None))
        self.openButton.setDescription(QCoreApplication.translate("FirstRunDialog", u"Choose the councildesk.sqlite file you brought across. CouncilDesk keeps a copy in its data folder and opens that; the file you chose is left as it was.", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Open a council file copied from another computer", None))
#endif // QT_CONFIG(accessibility)
        self.whereLabel.setText("")
        self.whereLabel.setProperty(u"role", QCoreApplication.translate("FirstRunDialog", u"hint", None))
    # retranslateUi

