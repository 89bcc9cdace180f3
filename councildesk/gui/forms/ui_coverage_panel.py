# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coverage_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QSizePolicy, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CoveragePanel(object):
    def setupUi(self, CoveragePanel):
        if not CoveragePanel.objectName():
            CoveragePanel.setObjectName(u"CoveragePanel")
        self.panelLayout = QVBoxLayout(CoveragePanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 8, 0, 0)
        self.summaryLabel = QLabel(CoveragePanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"hint")

        self.panelLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(CoveragePanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.topicsTable = QTableWidget(self.splitter)
        if (self.topicsTable.columnCount() < 3):
            self.topicsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.topicsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.topicsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.topicsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.topicsTable.setObjectName(u"topicsTable")
        self.topicsTable.setTabKeyNavigation(False)
        self.topicsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.topicsTable.setAlternatingRowColors(True)
        self.topicsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.topicsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.topicsTable.setColumnCount(3)
        self.splitter.addWidget(self.topicsTable)
        self.topicsTable.verticalHeader().setVisible(False)
        self.clausePane = QWidget(self.splitter)
        self.clausePane.setObjectName(u"clausePane")
        self.clauseLayout = QVBoxLayout(self.clausePane)
        self.clauseLayout.setObjectName(u"clauseLayout")
        self.clauseLayout.setContentsMargins(8, 0, 0, 0)
        self.topicHelpLabel = QLabel(self.clausePane)
        self.topicHelpLabel.setObjectName(u"topicHelpLabel")
        self.topicHelpLabel.setWordWrap(True)

        self.clauseLayout.addWidget(self.topicHelpLabel)

        self.clauseList = QListWidget(self.clausePane)
        self.clauseList.setObjectName(u"clauseList")

        self.clauseLayout.addWidget(self.clauseList)

        self.splitter.addWidget(self.clausePane)

        self.panelLayout.addWidget(self.splitter)

        self.panelLayout.setStretch(1, 1)

        self.retranslateUi(CoveragePanel)

        QMetaObject.connectSlotsByName(CoveragePanel)
    # setupUi

    def retranslateUi(self, CoveragePanel):
        self.summaryLabel.setText("")
        ___qtablewidgetitem = self.topicsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CoveragePanel", u"Topic", None))
        ___qtablewidgetitem1 = self.topicsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CoveragePanel", u"Covered by", None))
        ___qtablewidgetitem2 = self.topicsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CoveragePanel", u"Kind", None))
#if QT_CONFIG(accessibility)
        self.topicsTable.setAccessibleName(QCoreApplication.translate("CoveragePanel", u"Topics a protocol normally covers", None))
#endif // QT_CONFIG(accessibility)
        self.topicHelpLabel.setText(QCoreApplication.translate("CoveragePanel", u"Choose a topic to see or correct the clauses that cover it.", None))
#if QT_CONFIG(accessibility)
        self.clauseList.setAccessibleName(QCoreApplication.translate("CoveragePanel", u"Clauses: ticked ones cover the chosen topic", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

