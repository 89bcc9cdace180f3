# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reviews_page.ui'
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
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from councildesk.gui.widgets.review_timeline import ReviewTimeline

class Ui_ReviewsPage(object):
    def setupUi(self, ReviewsPage):
        if not ReviewsPage.objectName():
            ReviewsPage.setObjectName(u"ReviewsPage")
        self.pageLayout = QVBoxLayout(ReviewsPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(ReviewsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(ReviewsPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.descriptionLabel)

        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(8)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.addButton = QPushButton(ReviewsPage)
        self.addButton.setObjectName(u"addButton")

        self.toolbarLayout.addWidget(self.addButton)

        self.editButton = QPushButton(ReviewsPage)
        self.editButton.setObjectName(u"editButton")

        self.toolbarLayout.addWidget(self.editButton)

        self.recordButton = QPushButton(ReviewsPage)
        self.recordButton.setObjectName(u"recordButton")

        self.toolbarLayout.addWidget(self.recordButton)

        self.lawButton = QPushButton(ReviewsPage)
        self.lawButton.setObjectName(u"lawButton")

        self.toolbarLayout.addWidget(self.lawButton)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.scopeCombo = QComboBox(ReviewsPage)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.toolbarLayout.addWidget(self.scopeCombo)

        self.filterEdit = QLineEdit(ReviewsPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(200, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.filterEdit)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.questionFrame = QFrame(ReviewsPage)
        self.questionFrame.setObjectName(u"questionFrame")
        self.questionLayout = QVBoxLayout(self.questionFrame)
        self.questionLayout.setSpacing(8)
        self.questionLayout.setObjectName(u"questionLayout")
        self.questionLayout.setContentsMargins(14, 10, 14, 10)
        self.questionLabel = QLabel(self.questionFrame)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)

        self.questionLayout.addWidget(self.questionLabel)

        self.answerLayout = QHBoxLayout()
        self.answerLayout.setSpacing(8)
        self.answerLayout.setObjectName(u"answerLayout")
        self.twiceYearButton = QPushButton(self.questionFrame)
        self.twiceYearButton.setObjectName(u"twiceYearButton")

        self.answerLayout.addWidget(self.twiceYearButton)

        self.everyTwoYearsButton = QPushButton(self.questionFrame)
        self.everyTwoYearsButton.setObjectName(u"everyTwoYearsButton")

        self.answerLayout.addWidget(self.everyTwoYearsButton)

        self.otherAnswerButton = QPushButton(self.questionFrame)
        self.otherAnswerButton.setObjectName(u"otherAnswerButton")

        self.answerLayout.addWidget(self.otherAnswerButton)

        self.answerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.answerLayout.addItem(self.answerSpacer)


        self.questionLayout.addLayout(self.answerLayout)


        self.pageLayout.addWidget(self.questionFrame)

        self.splitter = QSplitter(ReviewsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.splitter.addWidget(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLabel = QLabel(self.detailsTab)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.detailsLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.detailsLayout.addWidget(self.detailsLabel)

        self.reminderLayout = QHBoxLayout()
        self.reminderLayout.setSpacing(8)
        self.reminderLayout.setObjectName(u"reminderLayout")
        self.reminderLabel = QLabel(self.detailsTab)
        self.reminderLabel.setObjectName(u"reminderLabel")
        self.reminderLabel.setWordWrap(True)

        self.reminderLayout.addWidget(self.reminderLabel)

        self.snoozeButton = QPushButton(self.detailsTab)
        self.snoozeButton.setObjectName(u"snoozeButton")

        self.reminderLayout.addWidget(self.snoozeButton)

        self.acknowledgeButton = QPushButton(self.detailsTab)
        self.acknowledgeButton.setObjectName(u"acknowledgeButton")

        self.reminderLayout.addWidget(self.acknowledgeButton)


        self.detailsLayout.addLayout(self.reminderLayout)

        self.detailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)

        self.tabs.addTab(self.detailsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableWidget(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setTabKeyNavigation(False)
        self.historyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyTable)

        self.tabs.addTab(self.historyTab, "")
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineLayout = QVBoxLayout(self.timelineTab)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineScroll = QScrollArea(self.timelineTab)
        self.timelineScroll.setObjectName(u"timelineScroll")
        self.timelineScroll.setFrameShape(QFrame.NoFrame)
        self.timelineScroll.setWidgetResizable(True)
        self.timeline = ReviewTimeline()
        self.timeline.setObjectName(u"timeline")
        self.timelineScroll.setWidget(self.timeline)

        self.timelineLayout.addWidget(self.timelineScroll)

        self.tabs.addTab(self.timelineTab, "")
        self.splitter.addWidget(self.tabs)

        self.pageLayout.addWidget(self.splitter)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.countLabel = QLabel(ReviewsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.footerLayout.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.settingsButton = QPushButton(ReviewsPage)
        self.settingsButton.setObjectName(u"settingsButton")

        self.footerLayout.addWidget(self.settingsButton)

        self.calendarButton = QPushButton(ReviewsPage)
        self.calendarButton.setObjectName(u"calendarButton")

        self.footerLayout.addWidget(self.calendarButton)

        self.exportButton = QPushButton(ReviewsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.footerLayout.addWidget(self.exportButton)

        self.printButton = QPushButton(ReviewsPage)
        self.printButton.setObjectName(u"printButton")

        self.footerLayout.addWidget(self.printButton)


        self.pageLayout.addLayout(self.footerLayout)


        self.retranslateUi(ReviewsPage)

        QMetaObject.connectSlotsByName(ReviewsPage)
    # setupUi

    def retranslateUi(self, ReviewsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReviewsPage", u"Reviews", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ReviewsPage", u"Every policy, how often it is reviewed and by whom, and when its next review must reach an agenda.", None))
        self.addButton.setText(QCoreApplication.translate("ReviewsPage", u"Add policy\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ReviewsPage", u"Add a policy to the register (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ReviewsPage", u"Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ReviewsPage", u"Change the selected policy's cycle, body or next date (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.recordButton.setText(QCoreApplication.translate("ReviewsPage", u"Record review\u2026", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("ReviewsPage", u"Record a review held at a meeting (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
        self.lawButton.setText(QCoreApplication.translate("ReviewsPage", u"Change in the law\u2026", None))
#if QT_CONFIG(tooltip)
        self.lawButton.setToolTip(QCoreApplication.translate("ReviewsPage", u"Record a change in the law and the policies it affects (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.scopeCombo.setAccessibleName(QCoreApplication.translate("ReviewsPage", u"Show", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("ReviewsPage", u"Filter (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("ReviewsPage", u"Filter the register", None))
#endif // QT_CONFIG(accessibility)
        self.questionFrame.setProperty(u"role", QCoreApplication.translate("ReviewsPage", u"question", None))
        self.questionLabel.setText("")
        self.twiceYearButton.setText(QCoreApplication.translate("ReviewsPage", u"Twice a year (every 6 months)", None))
        self.everyTwoYearsButton.setText(QCoreApplication.translate("ReviewsPage", u"Every two years (24 months)", None))
        self.otherAnswerButton.setText(QCoreApplication.translate("ReviewsPage", u"Something else\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ReviewsPage", u"Register of policies", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("ReviewsPage", u"About the selected policy", None))
#endif // QT_CONFIG(accessibility)
        self.detailsLabel.setText("")
        self.reminderLabel.setText("")
        self.snoozeButton.setText(QCoreApplication.translate("ReviewsPage", u"Snooze\u2026", None))
#if QT_CONFIG(tooltip)
        self.snoozeButton.setToolTip(QCoreApplication.translate("ReviewsPage", u"Remind me again on a later date", None))
#endif // QT_CONFIG(tooltip)
        self.acknowledgeButton.setText(QCoreApplication.translate("ReviewsPage", u"Acknowledge", None))
#if QT_CONFIG(tooltip)
        self.acknowledgeButton.setToolTip(QCoreApplication.translate("ReviewsPage", u"Stop notifying about this reminder", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("ReviewsPage", u"Details", None))
#if QT_CONFIG(accessibility)
        self.historyTable.setAccessibleName(QCoreApplication.translate("ReviewsPage", u"Review history", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("ReviewsPage", u"History", None))
#if QT_CONFIG(accessibility)
        self.timelineScroll.setAccessibleName(QCoreApplication.translate("ReviewsPage", u"Timeline, scrolled", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timeline.setAccessibleName(QCoreApplication.translate("ReviewsPage", u"Timeline of the next 24 months", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.timelineTab), QCoreApplication.translate("ReviewsPage", u"Timeline", None))
        self.countLabel.setText("")
        self.settingsButton.setText(QCoreApplication.translate("ReviewsPage", u"Reminders and clear days\u2026", None))
#if QT_CONFIG(tooltip)
        self.settingsButton.setToolTip(QCoreApplication.translate("ReviewsPage", u"When reminders fall, and days of thanksgiving or mourning", None))
#endif // QT_CONFIG(tooltip)
        self.calendarButton.setText(QCoreApplication.translate("ReviewsPage", u"Save calendar file\u2026", None))
#if QT_CONFIG(tooltip)
        self.calendarButton.setToolTip(QCoreApplication.translate("ReviewsPage", u"Save the due dates and agenda deadlines for Outlook or another calendar", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ReviewsPage", u"Export\u2026", None))
        self.printButton.setText(QCoreApplication.translate("ReviewsPage", u"Print schedule\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ReviewsPage", u"Preview and print the review schedule (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

