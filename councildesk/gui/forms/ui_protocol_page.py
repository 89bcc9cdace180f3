# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'protocol_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QTabWidget, QTextBrowser,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ProtocolPage(object):
    def setupUi(self, ProtocolPage):
        if not ProtocolPage.objectName():
            ProtocolPage.setObjectName(u"ProtocolPage")
        self.pageLayout = QVBoxLayout(ProtocolPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(ProtocolPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(ProtocolPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.descriptionLabel)

        self.chooserLayout = QHBoxLayout()
        self.chooserLayout.setSpacing(8)
        self.chooserLayout.setObjectName(u"chooserLayout")
        self.policyLabel = QLabel(ProtocolPage)
        self.policyLabel.setObjectName(u"policyLabel")

        self.chooserLayout.addWidget(self.policyLabel)

        self.policyCombo = QComboBox(ProtocolPage)
        self.policyCombo.setObjectName(u"policyCombo")
        self.policyCombo.setMinimumSize(QSize(220, 0))

        self.chooserLayout.addWidget(self.policyCombo)

        self.versionLabel = QLabel(ProtocolPage)
        self.versionLabel.setObjectName(u"versionLabel")

        self.chooserLayout.addWidget(self.versionLabel)

        self.versionCombo = QComboBox(ProtocolPage)
        self.versionCombo.setObjectName(u"versionCombo")
        self.versionCombo.setMinimumSize(QSize(260, 0))

        self.chooserLayout.addWidget(self.versionCombo)

        self.chooserSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooserLayout.addItem(self.chooserSpacer)


        self.pageLayout.addLayout(self.chooserLayout)

        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(8)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.importButton = QPushButton(ProtocolPage)
        self.importButton.setObjectName(u"importButton")

        self.toolbarLayout.addWidget(self.importButton)

        self.editButton = QPushButton(ProtocolPage)
        self.editButton.setObjectName(u"editButton")

        self.toolbarLayout.addWidget(self.editButton)

        self.adoptButton = QPushButton(ProtocolPage)
        self.adoptButton.setObjectName(u"adoptButton")

        self.toolbarLayout.addWidget(self.adoptButton)

        self.compareButton = QPushButton(ProtocolPage)
        self.compareButton.setObjectName(u"compareButton")

        self.toolbarLayout.addWidget(self.compareButton)

        self.printButton = QPushButton(ProtocolPage)
        self.printButton.setObjectName(u"printButton")

        self.toolbarLayout.addWidget(self.printButton)

        self.exportButton = QPushButton(ProtocolPage)
        self.exportButton.setObjectName(u"exportButton")

        self.toolbarLayout.addWidget(self.exportButton)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.deleteDraftButton = QPushButton(ProtocolPage)
        self.deleteDraftButton.setObjectName(u"deleteDraftButton")

        self.toolbarLayout.addWidget(self.deleteDraftButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.infoLabel = QLabel(ProtocolPage)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.infoLabel)

        self.stack = QStackedWidget(ProtocolPage)
        self.stack.setObjectName(u"stack")
        self.emptyPanel = QWidget()
        self.emptyPanel.setObjectName(u"emptyPanel")
        self.emptyLayout = QVBoxLayout(self.emptyPanel)
        self.emptyLayout.setSpacing(12)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTop)

        self.emptyTitle = QLabel(self.emptyPanel)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setAlignment(Qt.AlignCenter)

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyText = QLabel(self.emptyPanel)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setWordWrap(True)
        self.emptyText.setAlignment(Qt.AlignCenter)

        self.emptyLayout.addWidget(self.emptyText)

        self.emptyButtons = QHBoxLayout()
        self.emptyButtons.setObjectName(u"emptyButtons")
        self.emptyLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyLeft)

        self.emptyImportButton = QPushButton(self.emptyPanel)
        self.emptyImportButton.setObjectName(u"emptyImportButton")

        self.emptyButtons.addWidget(self.emptyImportButton)

        self.starterButton = QPushButton(self.emptyPanel)
        self.starterButton.setObjectName(u"starterButton")

        self.emptyButtons.addWidget(self.starterButton)

        self.emptyRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyRight)


        self.emptyLayout.addLayout(self.emptyButtons)

        self.emptyBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottom)

        self.stack.addWidget(self.emptyPanel)
        self.tabs = QTabWidget()
        self.tabs.setObjectName(u"tabs")
        self.textTab = QWidget()
        self.textTab.setObjectName(u"textTab")
        self.textLayout = QVBoxLayout(self.textTab)
        self.textLayout.setObjectName(u"textLayout")
        self.textSplitter = QSplitter(self.textTab)
        self.textSplitter.setObjectName(u"textSplitter")
        self.textSplitter.setOrientation(Qt.Horizontal)
        self.outline = QTreeWidget(self.textSplitter)
        self.outline.setObjectName(u"outline")
        self.outline.setHeaderHidden(True)
        self.textSplitter.addWidget(self.outline)
        self.document = QTextBrowser(self.textSplitter)
        self.document.setObjectName(u"document")
        self.document.setOpenLinks(False)
        self.textSplitter.addWidget(self.document)

        self.textLayout.addWidget(self.textSplitter)

        self.tabs.addTab(self.textTab, "")
        self.coverageTab = QWidget()
        self.coverageTab.setObjectName(u"coverageTab")
        self.coverageLayout = QVBoxLayout(self.coverageTab)
        self.coverageLayout.setObjectName(u"coverageLayout")
        self.tabs.addTab(self.coverageTab, "")
        self.receiptsTab = QWidget()
        self.receiptsTab.setObjectName(u"receiptsTab")
        self.receiptsLayout = QVBoxLayout(self.receiptsTab)
        self.receiptsLayout.setObjectName(u"receiptsLayout")
        self.tabs.addTab(self.receiptsTab, "")
        self.stack.addWidget(self.tabs)

        self.pageLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.policyLabel.setBuddy(self.policyCombo)
        self.versionLabel.setBuddy(self.versionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProtocolPage)

        QMetaObject.connectSlotsByName(ProtocolPage)
    # setupUi

    def retranslateUi(self, ProtocolPage):
        self.titleLabel.setText(QCoreApplication.translate("ProtocolPage", u"Protocol", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ProtocolPage", u"The council's Member/Officer Protocol and other policies, clause by clause, with every version kept. Drop a Word, text or PDF file here to import it.", None))
        self.policyLabel.setText(QCoreApplication.translate("ProtocolPage", u"&Policy", None))
#if QT_CONFIG(accessibility)
        self.policyCombo.setAccessibleName(QCoreApplication.translate("ProtocolPage", u"Policy", None))
#endif // QT_CONFIG(accessibility)
        self.versionLabel.setText(QCoreApplication.translate("ProtocolPage", u"&Version", None))
#if QT_CONFIG(accessibility)
        self.versionCombo.setAccessibleName(QCoreApplication.translate("ProtocolPage", u"Version", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("ProtocolPage", u"Import\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ProtocolPage", u"Edit\u2026", None))
        self.adoptButton.setText(QCoreApplication.translate("ProtocolPage", u"Adopt\u2026", None))
        self.compareButton.setText(QCoreApplication.translate("ProtocolPage", u"Compare\u2026", None))
        self.printButton.setText(QCoreApplication.translate("ProtocolPage", u"Print\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ProtocolPage", u"Export", None))
        self.deleteDraftButton.setText(QCoreApplication.translate("ProtocolPage", u"Delete draft\u2026", None))
        self.infoLabel.setText("")
        self.emptyTitle.setText(QCoreApplication.translate("ProtocolPage", u"No protocol yet", None))
        self.emptyText.setText(QCoreApplication.translate("ProtocolPage", u"Import the council's own protocol from a Word, text or PDF file, or start from the protocol that comes with CouncilDesk and adapt it.", None))
        self.emptyImportButton.setText(QCoreApplication.translate("ProtocolPage", u"Import the council's protocol\u2026", None))
        self.starterButton.setText(QCoreApplication.translate("ProtocolPage", u"Start from the starter protocol\u2026", None))
        ___qtreewidgetitem = self.outline.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ProtocolPage", u"Clause", None))
#if QT_CONFIG(accessibility)
        self.outline.setAccessibleName(QCoreApplication.translate("ProtocolPage", u"Sections and clauses", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.document.setAccessibleName(QCoreApplication.translate("ProtocolPage", u"The text of this version", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.textTab), QCoreApplication.translate("ProtocolPage", u"Text", None))
        self.tabs.setTabText(self.tabs.indexOf(self.coverageTab), QCoreApplication.translate("ProtocolPage", u"Topic coverage", None))
        self.tabs.setTabText(self.tabs.indexOf(self.receiptsTab), QCoreApplication.translate("ProtocolPage", u"Received by councillors", None))
        pass
    # retranslateUi

