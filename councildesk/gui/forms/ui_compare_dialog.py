# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'compare_dialog.ui'
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
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_CompareDialog(object):
    def setupUi(self, CompareDialog):
        if not CompareDialog.objectName():
            CompareDialog.setObjectName(u"CompareDialog")
        CompareDialog.setMinimumSize(QSize(900, 620))
        self.dialogLayout = QVBoxLayout(CompareDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.chooserLayout = QHBoxLayout()
        self.chooserLayout.setSpacing(8)
        self.chooserLayout.setObjectName(u"chooserLayout")
        self.oldLabel = QLabel(CompareDialog)
        self.oldLabel.setObjectName(u"oldLabel")

        self.chooserLayout.addWidget(self.oldLabel)

        self.oldCombo = QComboBox(CompareDialog)
        self.oldCombo.setObjectName(u"oldCombo")
        self.oldCombo.setMinimumSize(QSize(260, 0))

        self.chooserLayout.addWidget(self.oldCombo)

        self.newLabel = QLabel(CompareDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.chooserLayout.addWidget(self.newLabel)

        self.newCombo = QComboBox(CompareDialog)
        self.newCombo.setObjectName(u"newCombo")
        self.newCombo.setMinimumSize(QSize(260, 0))

        self.chooserLayout.addWidget(self.newCombo)

        self.chooserSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooserLayout.addItem(self.chooserSpacer)

        self.unchangedCheck = QCheckBox(CompareDialog)
        self.unchangedCheck.setObjectName(u"unchangedCheck")

        self.chooserLayout.addWidget(self.unchangedCheck)

        self.printButton = QPushButton(CompareDialog)
        self.printButton.setObjectName(u"printButton")

        self.chooserLayout.addWidget(self.printButton)


        self.dialogLayout.addLayout(self.chooserLayout)

        self.summaryLabel = QLabel(CompareDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.changesView = QTextBrowser(CompareDialog)
        self.changesView.setObjectName(u"changesView")

        self.dialogLayout.addWidget(self.changesView)

        self.buttonBox = QDialogButtonBox(CompareDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.oldLabel.setBuddy(self.oldCombo)
        self.newLabel.setBuddy(self.newCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CompareDialog)

        QMetaObject.connectSlotsByName(CompareDialog)
    # setupUi

    def retranslateUi(self, CompareDialog):
        CompareDialog.setWindowTitle(QCoreApplication.translate("CompareDialog", u"Compare versions", None))
        self.oldLabel.setText(QCoreApplication.translate("CompareDialog", u"&Compare", None))
#if QT_CONFIG(accessibility)
        self.oldCombo.setAccessibleName(QCoreApplication.translate("CompareDialog", u"Older version", None))
#endif // QT_CONFIG(accessibility)
        self.newLabel.setText(QCoreApplication.translate("CompareDialog", u"&with", None))
#if QT_CONFIG(accessibility)
        self.newCombo.setAccessibleName(QCoreApplication.translate("CompareDialog", u"Newer version", None))
#endif // QT_CONFIG(accessibility)
        self.unchangedCheck.setText(QCoreApplication.translate("CompareDialog", u"Show &unchanged clauses", None))
        self.printButton.setText(QCoreApplication.translate("CompareDialog", u"&Print\u2026", None))
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.changesView.setAccessibleName(QCoreApplication.translate("CompareDialog", u"The differences, clause by clause", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

