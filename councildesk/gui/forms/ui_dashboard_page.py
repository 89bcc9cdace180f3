# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setSpacing(14)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(DashboardPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(DashboardPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.descriptionLabel)

        self.cardsLayout = QHBoxLayout()
        self.cardsLayout.setSpacing(12)
        self.cardsLayout.setObjectName(u"cardsLayout")

        self.pageLayout.addLayout(self.cardsLayout)

        self.actionsTitle = QLabel(DashboardPage)
        self.actionsTitle.setObjectName(u"actionsTitle")

        self.pageLayout.addWidget(self.actionsTitle)

        self.actionsTable = QTableWidget(DashboardPage)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setTabKeyNavigation(False)
        self.actionsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.actionsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.actionsTable.setAlternatingRowColors(True)
        self.actionsTable.horizontalHeader().setStretchLastSection(True)
        self.actionsTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.actionsTable)

        self.actionsEmptyLabel = QLabel(DashboardPage)
        self.actionsEmptyLabel.setObjectName(u"actionsEmptyLabel")
        self.actionsEmptyLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.actionsEmptyLabel)

        self.meetingsHeader = QHBoxLayout()
        self.meetingsHeader.setObjectName(u"meetingsHeader")
        self.meetingsTitle = QLabel(DashboardPage)
        self.meetingsTitle.setObjectName(u"meetingsTitle")

        self.meetingsHeader.addWidget(self.meetingsTitle)

        self.meetingsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meetingsHeader.addItem(self.meetingsSpacer)

        self.printDirectoryButton = QPushButton(DashboardPage)
        self.printDirectoryButton.setObjectName(u"printDirectoryButton")

        self.meetingsHeader.addWidget(self.printDirectoryButton)


        self.pageLayout.addLayout(self.meetingsHeader)

        self.meetingsTable = QTableWidget(DashboardPage)
        self.meetingsTable.setObjectName(u"meetingsTable")
        self.meetingsTable.setTabKeyNavigation(False)
        self.meetingsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.meetingsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meetingsTable.setAlternatingRowColors(True)
        self.meetingsTable.horizontalHeader().setStretchLastSection(True)
        self.meetingsTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.meetingsTable)

        self.protocolTitle = QLabel(DashboardPage)
        self.protocolTitle.setObjectName(u"protocolTitle")

        self.pageLayout.addWidget(self.protocolTitle)

        self.protocolLabel = QLabel(DashboardPage)
        self.protocolLabel.setObjectName(u"protocolLabel")
        self.protocolLabel.setWordWrap(True)
        self.protocolLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.pageLayout.addWidget(self.protocolLabel)

        self.noteLabel = QLabel(DashboardPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.noteLabel)

        self.pageLayout.setStretch(4, 3)
        self.pageLayout.setStretch(7, 1)

        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.titleLabel.setText(QCoreApplication.translate("DashboardPage", u"Dashboard", None))
        self.descriptionLabel.setText("")
        self.actionsTitle.setText(QCoreApplication.translate("DashboardPage", u"What needs doing", None))
#if QT_CONFIG(accessibility)
        self.actionsTable.setAccessibleName(QCoreApplication.translate("DashboardPage", u"What needs doing", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.actionsTable.setToolTip(QCoreApplication.translate("DashboardPage", u"Double-click a line (or press Enter) to go to the record", None))
#endif // QT_CONFIG(tooltip)
        self.actionsEmptyLabel.setText(QCoreApplication.translate("DashboardPage", u"Nothing needs doing today.", None))
        self.meetingsTitle.setText(QCoreApplication.translate("DashboardPage", u"Next meetings", None))
        self.printDirectoryButton.setText(QCoreApplication.translate("DashboardPage", u"Print council directory\u2026", None))
#if QT_CONFIG(accessibility)
        self.meetingsTable.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Next meetings", None))
#endif // QT_CONFIG(accessibility)
        self.protocolTitle.setText(QCoreApplication.translate("DashboardPage", u"Member/Officer Protocol", None))
        self.protocolLabel.setText("")
        self.noteLabel.setText("")
        pass
    # retranslateUi

