# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'disclosures_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_DisclosuresPage(object):
    def setupUi(self, DisclosuresPage):
        if not DisclosuresPage.objectName():
            DisclosuresPage.setObjectName(u"DisclosuresPage")
        self.pageLayout = QVBoxLayout(DisclosuresPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(DisclosuresPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(DisclosuresPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.descriptionLabel)

        self.tabs = QTabWidget(DisclosuresPage)
        self.tabs.setObjectName(u"tabs")
        self.registerTab = QWidget()
        self.registerTab.setObjectName(u"registerTab")
        self.registerLayout = QVBoxLayout(self.registerTab)
        self.registerLayout.setSpacing(8)
        self.registerLayout.setObjectName(u"registerLayout")
        self.registerToolbar = QHBoxLayout()
        self.registerToolbar.setSpacing(8)
        self.registerToolbar.setObjectName(u"registerToolbar")
        self.recordButton = QPushButton(self.registerTab)
        self.recordButton.setObjectName(u"recordButton")

        self.registerToolbar.addWidget(self.recordButton)

        self.verifyButton = QPushButton(self.registerTab)
        self.verifyButton.setObjectName(u"verifyButton")

        self.registerToolbar.addWidget(self.verifyButton)

        self.voidButton = QPushButton(self.registerTab)
        self.voidButton.setObjectName(u"voidButton")

        self.registerToolbar.addWidget(self.voidButton)

        self.deleteButton = QPushButton(self.registerTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.registerToolbar.addWidget(self.deleteButton)

        self.registerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registerToolbar.addItem(self.registerSpacer)

        self.scopeCombo = QComboBox(self.registerTab)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.registerToolbar.addWidget(self.scopeCombo)

        self.filterEdit = QLineEdit(self.registerTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(220, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.registerToolbar.addWidget(self.filterEdit)


        self.registerLayout.addLayout(self.registerToolbar)

        self.registerSplitter = QSplitter(self.registerTab)
        self.registerSplitter.setObjectName(u"registerSplitter")
        self.registerSplitter.setOrientation(Qt.Vertical)
        self.registerSplitter.setChildrenCollapsible(False)
        self.registerSplitter.setHandleWidth(10)
        self.registerTable = QTableView(self.registerSplitter)
        self.registerTable.setObjectName(u"registerTable")
        self.registerTable.setTabKeyNavigation(False)
        self.registerTable.setAlternatingRowColors(True)
        self.registerTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.registerTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.registerTable.setSortingEnabled(True)
        self.registerTable.setWordWrap(False)
        self.registerSplitter.addWidget(self.registerTable)
        self.registerTable.horizontalHeader().setStretchLastSection(True)
        self.registerTable.verticalHeader().setVisible(False)
        self.detailView = QTextBrowser(self.registerSplitter)
        self.detailView.setObjectName(u"detailView")
        self.detailView.setOpenLinks(False)
        self.registerSplitter.addWidget(self.detailView)

        self.registerLayout.addWidget(self.registerSplitter)

        self.registerFooter = QHBoxLayout()
        self.registerFooter.setObjectName(u"registerFooter")
        self.countLabel = QLabel(self.registerTab)
        self.countLabel.setObjectName(u"countLabel")

        self.registerFooter.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registerFooter.addItem(self.footerSpacer)

        self.checkButton = QPushButton(self.registerTab)
        self.checkButton.setObjectName(u"checkButton")

        self.registerFooter.addWidget(self.checkButton)

        self.printButton = QPushButton(self.registerTab)
        self.printButton.setObjectName(u"printButton")

        self.registerFooter.addWidget(self.printButton)

        self.exportButton = QPushButton(self.registerTab)
        self.exportButton.setObjectName(u"exportButton")

        self.registerFooter.addWidget(self.exportButton)

        self.settingsButton = QPushButton(self.registerTab)
        self.settingsButton.setObjectName(u"settingsButton")

        self.registerFooter.addWidget(self.settingsButton)


        self.registerLayout.addLayout(self.registerFooter)

        self.tabs.addTab(self.registerTab, "")
        self.noticesTab = QWidget()
        self.noticesTab.setObjectName(u"noticesTab")
        self.noticesLayout = QVBoxLayout(self.noticesTab)
        self.noticesLayout.setSpacing(8)
        self.noticesLayout.setObjectName(u"noticesLayout")
        self.noticesToolbar = QHBoxLayout()
        self.noticesToolbar.setSpacing(8)
        self.noticesToolbar.setObjectName(u"noticesToolbar")
        self.markSentButton = QPushButton(self.noticesTab)
        self.markSentButton.setObjectName(u"markSentButton")

        self.noticesToolbar.addWidget(self.markSentButton)

        self.produceButton = QPushButton(self.noticesTab)
        self.produceButton.setObjectName(u"produceButton")

        self.noticesToolbar.addWidget(self.produceButton)

        self.noticesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noticesToolbar.addItem(self.noticesSpacer)


        self.noticesLayout.addLayout(self.noticesToolbar)

        self.noticesTable = QTableView(self.noticesTab)
        self.noticesTable.setObjectName(u"noticesTable")
        self.noticesTable.setTabKeyNavigation(False)
        self.noticesTable.setAlternatingRowColors(True)
        self.noticesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.noticesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.noticesTable.setSortingEnabled(True)
        self.noticesTable.setWordWrap(False)
        self.noticesTable.horizontalHeader().setStretchLastSection(True)
        self.noticesTable.verticalHeader().setVisible(False)

        self.noticesLayout.addWidget(self.noticesTable)

        self.noticesCountLabel = QLabel(self.noticesTab)
        self.noticesCountLabel.setObjectName(u"noticesCountLabel")

        self.noticesLayout.addWidget(self.noticesCountLabel)

        self.tabs.addTab(self.noticesTab, "")
        self.matterTab = QWidget()
        self.matterTab.setObjectName(u"matterTab")
        self.matterLayout = QVBoxLayout(self.matterTab)
        self.matterLayout.setSpacing(8)
        self.matterLayout.setObjectName(u"matterLayout")
        self.matterToolbar = QHBoxLayout()
        self.matterToolbar.setSpacing(8)
        self.matterToolbar.setObjectName(u"matterToolbar")
        self.matterLabel = QLabel(self.matterTab)
        self.matterLabel.setObjectName(u"matterLabel")

        self.matterToolbar.addWidget(self.matterLabel)

        self.matterCombo = QComboBox(self.matterTab)
        self.matterCombo.setObjectName(u"matterCombo")
        self.matterCombo.setMinimumSize(QSize(320, 0))

        self.matterToolbar.addWidget(self.matterCombo)

        self.compareButton = QPushButton(self.matterTab)
        self.compareButton.setObjectName(u"compareButton")

        self.matterToolbar.addWidget(self.compareButton)

        self.matterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.matterToolbar.addItem(self.matterSpacer)


        self.matterLayout.addLayout(self.matterToolbar)

        self.matterSummaryLabel = QLabel(self.matterTab)
        self.matterSummaryLabel.setObjectName(u"matterSummaryLabel")
        self.matterSummaryLabel.setWordWrap(True)

        self.matterLayout.addWidget(self.matterSummaryLabel)

        self.matterTable = QTableView(self.matterTab)
        self.matterTable.setObjectName(u"matterTable")
        self.matterTable.setTabKeyNavigation(False)
        self.matterTable.setAlternatingRowColors(True)
        self.matterTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.matterTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.matterTable.setSortingEnabled(True)
        self.matterTable.horizontalHeader().setStretchLastSection(True)
        self.matterTable.verticalHeader().setVisible(False)

        self.matterLayout.addWidget(self.matterTable)

        self.tabs.addTab(self.matterTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.matterLabel.setBuddy(self.matterCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.voidButton)
        QWidget.setTabOrder(self.voidButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.scopeCombo)
        QWidget.setTabOrder(self.scopeCombo, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.registerTable)
        QWidget.setTabOrder(self.registerTable, self.detailView)
        QWidget.setTabOrder(self.detailView, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.settingsButton)
        QWidget.setTabOrder(self.settingsButton, self.markSentButton)
        QWidget.setTabOrder(self.markSentButton, self.produceButton)
        QWidget.setTabOrder(self.produceButton, self.noticesTable)
        QWidget.setTabOrder(self.noticesTable, self.matterCombo)
        QWidget.setTabOrder(self.matterCombo, self.compareButton)
        QWidget.setTabOrder(self.compareButton, self.matterTable)

        self.retranslateUi(DisclosuresPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DisclosuresPage)
    # setupUi

    def retranslateUi(self, DisclosuresPage):
        self.titleLabel.setText(QCoreApplication.translate("DisclosuresPage", u"Advice to groups", None))
        self.descriptionLabel.setText(QCoreApplication.translate("DisclosuresPage", u"Every report or piece of advice given to a political group, and the notices owed to every other group. Notices not sent within the council's limit show as overdue.", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"Register, notices and matters", None))
#endif // QT_CONFIG(accessibility)
        self.recordButton.setText(QCoreApplication.translate("DisclosuresPage", u"Record advice\u2026", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("DisclosuresPage", u"Record a report or advice given to a group (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.recordButton.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"Record advice", None))
#endif // QT_CONFIG(accessibility)
        self.verifyButton.setText(QCoreApplication.translate("DisclosuresPage", u"Group's note checked\u2026", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("DisclosuresPage", u"Record that the officer checked the group's own note of the advice", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.verifyButton.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"Group's note checked", None))
#endif // QT_CONFIG(accessibility)
        self.voidButton.setText(QCoreApplication.translate("DisclosuresPage", u"Void\u2026", None))
#if QT_CONFIG(tooltip)
        self.voidButton.setToolTip(QCoreApplication.translate("DisclosuresPage", u"Mark the selected entry void, with a reason; it stays in the register", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.voidButton.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"Void entry", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("DisclosuresPage", u"Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("DisclosuresPage", u"Delete an entry nobody has yet been told of (Delete)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"Delete entry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scopeCombo.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"Show", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("DisclosuresPage", u"Filter (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"Filter the register", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.registerTable.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"The register", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailView.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"The selected entry in full", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.checkButton.setText(QCoreApplication.translate("DisclosuresPage", u"Check a report\u2026", None))
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(QCoreApplication.translate("DisclosuresPage", u"Check a report's wording before you give it to a group", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.checkButton.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"Check a report", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("DisclosuresPage", u"Print register\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("DisclosuresPage", u"Preview and print the register for a period (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"Print register", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("DisclosuresPage", u"Export\u2026", None))
        self.settingsButton.setText(QCoreApplication.translate("DisclosuresPage", u"Settings\u2026", None))
#if QT_CONFIG(tooltip)
        self.settingsButton.setToolTip(QCoreApplication.translate("DisclosuresPage", u"Who is told, and how many working days notices may take", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.settingsButton.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"Register settings", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.registerTab), QCoreApplication.translate("DisclosuresPage", u"&Register", None))
        self.markSentButton.setText(QCoreApplication.translate("DisclosuresPage", u"Mark sent\u2026", None))
#if QT_CONFIG(tooltip)
        self.markSentButton.setToolTip(QCoreApplication.translate("DisclosuresPage", u"Record that the selected group has been told", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.markSentButton.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"Mark sent", None))
#endif // QT_CONFIG(accessibility)
        self.produceButton.setText(QCoreApplication.translate("DisclosuresPage", u"Letters and e-mails\u2026", None))
#if QT_CONFIG(tooltip)
        self.produceButton.setToolTip(QCoreApplication.translate("DisclosuresPage", u"Make the letters (PDF) and e-mail drafts for the selected entry's notices", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.produceButton.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"Letters and e-mails", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noticesTable.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"Notices not yet sent", None))
#endif // QT_CONFIG(accessibility)
        self.noticesCountLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.noticesTab), QCoreApplication.translate("DisclosuresPage", u"&Notices to send", None))
        self.matterLabel.setText(QCoreApplication.translate("DisclosuresPage", u"Ma&tter", None))
#if QT_CONFIG(accessibility)
        self.matterCombo.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"Matter", None))
#endif // QT_CONFIG(accessibility)
        self.compareButton.setText(QCoreApplication.translate("DisclosuresPage", u"Compare reports\u2026", None))
#if QT_CONFIG(tooltip)
        self.compareButton.setToolTip(QCoreApplication.translate("DisclosuresPage", u"Compare, word by word, the written reports given to different groups on this matter", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.compareButton.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"Compare reports", None))
#endif // QT_CONFIG(accessibility)
        self.matterSummaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.matterTable.setAccessibleName(QCoreApplication.translate("DisclosuresPage", u"Disclosures on this matter, side by side", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.matterTab), QCoreApplication.translate("DisclosuresPage", u"By &matter", None))
        pass
    # retranslateUi

