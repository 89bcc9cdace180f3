# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'groups_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_GroupsPage(object):
    def setupUi(self, GroupsPage):
        if not GroupsPage.objectName():
            GroupsPage.setObjectName(u"GroupsPage")
        self.pageLayout = QVBoxLayout(GroupsPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(GroupsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(GroupsPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.descriptionLabel)

        self.splitter = QSplitter(GroupsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(12)
        self.groupsPane = QWidget(self.splitter)
        self.groupsPane.setObjectName(u"groupsPane")
        self.groupsLayout = QVBoxLayout(self.groupsPane)
        self.groupsLayout.setSpacing(8)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.groupsLayout.setContentsMargins(0, 0, 0, 0)
        self.groupsToolbar = QHBoxLayout()
        self.groupsToolbar.setSpacing(8)
        self.groupsToolbar.setObjectName(u"groupsToolbar")
        self.addGroupButton = QPushButton(self.groupsPane)
        self.addGroupButton.setObjectName(u"addGroupButton")

        self.groupsToolbar.addWidget(self.addGroupButton)

        self.editGroupButton = QPushButton(self.groupsPane)
        self.editGroupButton.setObjectName(u"editGroupButton")

        self.groupsToolbar.addWidget(self.editGroupButton)

        self.deleteGroupButton = QPushButton(self.groupsPane)
        self.deleteGroupButton.setObjectName(u"deleteGroupButton")

        self.groupsToolbar.addWidget(self.deleteGroupButton)

        self.exportButton = QPushButton(self.groupsPane)
        self.exportButton.setObjectName(u"exportButton")

        self.groupsToolbar.addWidget(self.exportButton)

        self.groupsToolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groupsToolbar.addItem(self.groupsToolbarSpacer)

        self.filterEdit = QLineEdit(self.groupsPane)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(240, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.groupsToolbar.addWidget(self.filterEdit)


        self.groupsLayout.addLayout(self.groupsToolbar)

        self.groupsTable = QTableView(self.groupsPane)
        self.groupsTable.setObjectName(u"groupsTable")
        self.groupsTable.setMinimumSize(QSize(0, 120))
        self.groupsTable.setTabKeyNavigation(False)
        self.groupsTable.setAlternatingRowColors(True)
        self.groupsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.groupsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.groupsTable.setSortingEnabled(True)
        self.groupsTable.setWordWrap(False)
        self.groupsTable.horizontalHeader().setStretchLastSection(True)
        self.groupsTable.verticalHeader().setVisible(False)

        self.groupsLayout.addWidget(self.groupsTable)

        self.countLabel = QLabel(self.groupsPane)
        self.countLabel.setObjectName(u"countLabel")

        self.groupsLayout.addWidget(self.countLabel)

        self.unaffiliatedLabel = QLabel(self.groupsPane)
        self.unaffiliatedLabel.setObjectName(u"unaffiliatedLabel")
        self.unaffiliatedLabel.setWordWrap(True)
        self.unaffiliatedLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.groupsLayout.addWidget(self.unaffiliatedLabel)

        self.splitter.addWidget(self.groupsPane)
        self.membersPane = QWidget(self.splitter)
        self.membersPane.setObjectName(u"membersPane")
        self.membersLayout = QVBoxLayout(self.membersPane)
        self.membersLayout.setSpacing(8)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersLayout.setContentsMargins(0, 4, 0, 0)
        self.membersTitleLabel = QLabel(self.membersPane)
        self.membersTitleLabel.setObjectName(u"membersTitleLabel")
        self.membersTitleLabel.setProperty(u"role", u"sectionTitle")

        self.membersLayout.addWidget(self.membersTitleLabel)

        self.membersToolbar = QHBoxLayout()
        self.membersToolbar.setSpacing(8)
        self.membersToolbar.setObjectName(u"membersToolbar")
        self.addMemberButton = QPushButton(self.membersPane)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.membersToolbar.addWidget(self.addMemberButton)

        self.endMembershipButton = QPushButton(self.membersPane)
        self.endMembershipButton.setObjectName(u"endMembershipButton")

        self.membersToolbar.addWidget(self.endMembershipButton)

        self.removeMemberButton = QPushButton(self.membersPane)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.membersToolbar.addWidget(self.removeMemberButton)

        self.membersToolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.membersToolbar.addItem(self.membersToolbarSpacer)

        self.membersCountLabel = QLabel(self.membersPane)
        self.membersCountLabel.setObjectName(u"membersCountLabel")
        self.membersCountLabel.setProperty(u"role", u"hint")

        self.membersToolbar.addWidget(self.membersCountLabel)


        self.membersLayout.addLayout(self.membersToolbar)

        self.membersTable = QTableView(self.membersPane)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setMinimumSize(QSize(0, 120))
        self.membersTable.setTabKeyNavigation(False)
        self.membersTable.setAlternatingRowColors(True)
        self.membersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.membersTable.setSortingEnabled(True)
        self.membersTable.setWordWrap(False)
        self.membersTable.horizontalHeader().setStretchLastSection(True)
        self.membersTable.verticalHeader().setVisible(False)

        self.membersLayout.addWidget(self.membersTable)

        self.splitter.addWidget(self.membersPane)

        self.pageLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.addGroupButton, self.editGroupButton)
        QWidget.setTabOrder(self.editGroupButton, self.deleteGroupButton)
        QWidget.setTabOrder(self.deleteGroupButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.groupsTable)
        QWidget.setTabOrder(self.groupsTable, self.addMemberButton)
        QWidget.setTabOrder(self.addMemberButton, self.endMembershipButton)
        QWidget.setTabOrder(self.endMembershipButton, self.removeMemberButton)
        QWidget.setTabOrder(self.removeMemberButton, self.membersTable)

        self.retranslateUi(GroupsPage)

        QMetaObject.connectSlotsByName(GroupsPage)
    # setupUi

    def retranslateUi(self, GroupsPage):
        self.titleLabel.setText(QCoreApplication.translate("GroupsPage", u"Political groups", None))
        self.descriptionLabel.setText("")
        self.addGroupButton.setText(QCoreApplication.translate("GroupsPage", u"Add group\u2026", None))
#if QT_CONFIG(tooltip)
        self.addGroupButton.setToolTip(QCoreApplication.translate("GroupsPage", u"Add a new political group (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addGroupButton.setAccessibleName(QCoreApplication.translate("GroupsPage", u"Add group", None))
#endif // QT_CONFIG(accessibility)
        self.editGroupButton.setText(QCoreApplication.translate("GroupsPage", u"Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editGroupButton.setToolTip(QCoreApplication.translate("GroupsPage", u"Edit the selected group (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editGroupButton.setAccessibleName(QCoreApplication.translate("GroupsPage", u"Edit group", None))
#endif // QT_CONFIG(accessibility)
        self.deleteGroupButton.setText(QCoreApplication.translate("GroupsPage", u"Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteGroupButton.setToolTip(QCoreApplication.translate("GroupsPage", u"Delete the selected group and its membership history (Delete)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.deleteGroupButton.setAccessibleName(QCoreApplication.translate("GroupsPage", u"Delete group", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("GroupsPage", u"Export\u2026", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("GroupsPage", u"Filter groups (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("GroupsPage", u"Filter the groups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.groupsTable.setAccessibleName(QCoreApplication.translate("GroupsPage", u"Political groups", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.unaffiliatedLabel.setText("")
        self.membersTitleLabel.setText(QCoreApplication.translate("GroupsPage", u"Members", None))
        self.addMemberButton.setText(QCoreApplication.translate("GroupsPage", u"Add member\u2026", None))
#if QT_CONFIG(tooltip)
        self.addMemberButton.setToolTip(QCoreApplication.translate("GroupsPage", u"Add a councillor to the selected group from a date", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addMemberButton.setAccessibleName(QCoreApplication.translate("GroupsPage", u"Add member", None))
#endif // QT_CONFIG(accessibility)
        self.endMembershipButton.setText(QCoreApplication.translate("GroupsPage", u"End membership\u2026", None))
#if QT_CONFIG(tooltip)
        self.endMembershipButton.setToolTip(QCoreApplication.translate("GroupsPage", u"Record the date the selected councillor left the group", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.endMembershipButton.setAccessibleName(QCoreApplication.translate("GroupsPage", u"End membership", None))
#endif // QT_CONFIG(accessibility)
        self.removeMemberButton.setText(QCoreApplication.translate("GroupsPage", u"Remove\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeMemberButton.setToolTip(QCoreApplication.translate("GroupsPage", u"Remove a membership entered by mistake (Delete)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.removeMemberButton.setAccessibleName(QCoreApplication.translate("GroupsPage", u"Remove membership", None))
#endif // QT_CONFIG(accessibility)
        self.membersCountLabel.setText("")
#if QT_CONFIG(accessibility)
        self.membersTable.setAccessibleName(QCoreApplication.translate("GroupsPage", u"Members of the selected group", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

