# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaints_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_ComplaintsPage(object):
    def setupUi(self, ComplaintsPage):
        if not ComplaintsPage.objectName():
            ComplaintsPage.setObjectName(u"ComplaintsPage")
        self.pageLayout = QVBoxLayout(ComplaintsPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(ComplaintsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(ComplaintsPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.descriptionLabel)

        self.lockFrame = QFrame(ComplaintsPage)
        self.lockFrame.setObjectName(u"lockFrame")
        self.lockFrame.setFrameShape(QFrame.StyledPanel)
        self.lockLayout = QHBoxLayout(self.lockFrame)
        self.lockLayout.setSpacing(8)
        self.lockLayout.setObjectName(u"lockLayout")
        self.lockLayout.setContentsMargins(12, 8, 12, 8)
        self.lockLabel = QLabel(self.lockFrame)
        self.lockLabel.setObjectName(u"lockLabel")
        self.lockLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.lockLabel.sizePolicy().hasHeightForWidth())
        self.lockLabel.setSizePolicy(sizePolicy)

        self.lockLayout.addWidget(self.lockLabel)

        self.passphraseEdit = QLineEdit(self.lockFrame)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setMinimumSize(QSize(220, 0))
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.lockLayout.addWidget(self.passphraseEdit)

        self.unlockButton = QPushButton(self.lockFrame)
        self.unlockButton.setObjectName(u"unlockButton")

        self.lockLayout.addWidget(self.unlockButton)

        self.recoveryButton = QPushButton(self.lockFrame)
        self.recoveryButton.setObjectName(u"recoveryButton")

        self.lockLayout.addWidget(self.recoveryButton)

        self.setupButton = QPushButton(self.lockFrame)
        self.setupButton.setObjectName(u"setupButton")

        self.lockLayout.addWidget(self.setupButton)

        self.lockButton = QPushButton(self.lockFrame)
        self.lockButton.setObjectName(u"lockButton")

        self.lockLayout.addWidget(self.lockButton)


        self.pageLayout.addWidget(self.lockFrame)

        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(8)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.newButton = QPushButton(ComplaintsPage)
        self.newButton.setObjectName(u"newButton")

        self.toolbarLayout.addWidget(self.newButton)

        self.openButton = QPushButton(ComplaintsPage)
        self.openButton.setObjectName(u"openButton")

        self.toolbarLayout.addWidget(self.openButton)

        self.printButton = QPushButton(ComplaintsPage)
        self.printButton.setObjectName(u"printButton")

        self.toolbarLayout.addWidget(self.printButton)

        self.retentionButton = QPushButton(ComplaintsPage)
        self.retentionButton.setObjectName(u"retentionButton")

        self.toolbarLayout.addWidget(self.retentionButton)

        self.moreButton = QToolButton(ComplaintsPage)
        self.moreButton.setObjectName(u"moreButton")
        self.moreButton.setPopupMode(QToolButton.InstantPopup)
        self.moreButton.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)

        self.toolbarLayout.addWidget(self.moreButton)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.scopeCombo = QComboBox(ComplaintsPage)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.toolbarLayout.addWidget(self.scopeCombo)

        self.filterEdit = QLineEdit(ComplaintsPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(200, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.filterEdit)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.table = QTableView(ComplaintsPage)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.table)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.countLabel = QLabel(ComplaintsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.footerLayout.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.exportButton = QPushButton(ComplaintsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.footerLayout.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.footerLayout)

        QWidget.setTabOrder(self.passphraseEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.recoveryButton)
        QWidget.setTabOrder(self.recoveryButton, self.setupButton)
        QWidget.setTabOrder(self.setupButton, self.lockButton)
        QWidget.setTabOrder(self.lockButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.retentionButton)
        QWidget.setTabOrder(self.retentionButton, self.moreButton)
        QWidget.setTabOrder(self.moreButton, self.scopeCombo)
        QWidget.setTabOrder(self.scopeCombo, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.table)
        QWidget.setTabOrder(self.table, self.exportButton)

        self.retranslateUi(ComplaintsPage)

        QMetaObject.connectSlotsByName(ComplaintsPage)
    # setupUi

    def retranslateUi(self, ComplaintsPage):
        self.titleLabel.setText(QCoreApplication.translate("ComplaintsPage", u"Complaints", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ComplaintsPage", u"Confidential cases through the protocol's routes: grievances, concerns about officers, Code of Conduct allegations and complaints from the public. The list shows references and stages only; a case opens once the casebook is unlocked. Subject access requests are under More.", None))
        self.lockLabel.setText(QCoreApplication.translate("ComplaintsPage", u"The casebook is locked.", None))
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("ComplaintsPage", u"Casebook passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("ComplaintsPage", u"Casebook passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.unlockButton.setText(QCoreApplication.translate("ComplaintsPage", u"&Unlock", None))
        self.recoveryButton.setText(QCoreApplication.translate("ComplaintsPage", u"Forgotten passphrase\u2026", None))
        self.setupButton.setText(QCoreApplication.translate("ComplaintsPage", u"Set up the casebook\u2026", None))
        self.lockButton.setText(QCoreApplication.translate("ComplaintsPage", u"&Lock now", None))
        self.newButton.setText(QCoreApplication.translate("ComplaintsPage", u"New case\u2026", None))
        self.openButton.setText(QCoreApplication.translate("ComplaintsPage", u"Open case\u2026", None))
        self.printButton.setText(QCoreApplication.translate("ComplaintsPage", u"Print case\u2026", None))
        self.retentionButton.setText(QCoreApplication.translate("ComplaintsPage", u"Anonymise or delete\u2026", None))
        self.moreButton.setText(QCoreApplication.translate("ComplaintsPage", u"More", None))
#if QT_CONFIG(accessibility)
        self.moreButton.setAccessibleName(QCoreApplication.translate("ComplaintsPage", u"More casebook actions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scopeCombo.setAccessibleName(QCoreApplication.translate("ComplaintsPage", u"Show cases", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("ComplaintsPage", u"Filter (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("ComplaintsPage", u"Filter the cases", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ComplaintsPage", u"Cases", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.exportButton.setText(QCoreApplication.translate("ComplaintsPage", u"Export\u2026", None))
        pass
    # retranslateUi

