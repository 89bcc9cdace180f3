# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_SearchPage(object):
    def setupUi(self, SearchPage):
        if not SearchPage.objectName():
            SearchPage.setObjectName(u"SearchPage")
        self.pageLayout = QVBoxLayout(SearchPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(SearchPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(SearchPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.descriptionLabel)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setSpacing(16)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(SearchPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(320, 38))
        font = QFont()
        font.setPointSize(13)
        self.searchEdit.setFont(font)
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.supersededCheck = QCheckBox(SearchPage)
        self.supersededCheck.setObjectName(u"supersededCheck")
        self.supersededCheck.setChecked(False)

        self.searchLayout.addWidget(self.supersededCheck)

        self.orderLabel = QLabel(SearchPage)
        self.orderLabel.setObjectName(u"orderLabel")

        self.searchLayout.addWidget(self.orderLabel)

        self.orderCombo = QComboBox(SearchPage)
        self.orderCombo.addItem("")
        self.orderCombo.addItem("")
        self.orderCombo.setObjectName(u"orderCombo")

        self.searchLayout.addWidget(self.orderCombo)


        self.pageLayout.addLayout(self.searchLayout)

        self.resultsTable = QTableView(SearchPage)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setTabKeyNavigation(False)
        self.resultsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.resultsTable.setAlternatingRowColors(True)
        self.resultsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.resultsTable.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.resultsTable.setSortingEnabled(True)
        self.resultsTable.setWordWrap(True)
        self.resultsTable.horizontalHeader().setStretchLastSection(True)
        self.resultsTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.resultsTable)

        self.countLabel = QLabel(SearchPage)
        self.countLabel.setObjectName(u"countLabel")

        self.pageLayout.addWidget(self.countLabel)

#if QT_CONFIG(shortcut)
        self.orderLabel.setBuddy(self.orderCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.supersededCheck)
        QWidget.setTabOrder(self.supersededCheck, self.resultsTable)

        self.retranslateUi(SearchPage)

        QMetaObject.connectSlotsByName(SearchPage)
    # setupUi

    def retranslateUi(self, SearchPage):
        self.titleLabel.setText(QCoreApplication.translate("SearchPage", u"Search", None))
        self.descriptionLabel.setText(QCoreApplication.translate("SearchPage", u"Search every version of every policy. Matching words are highlighted.", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SearchPage", u"Words to find, e.g. political group", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("SearchPage", u"Every word must appear; the last may be the start of a word (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("SearchPage", u"Search text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleDescription(QCoreApplication.translate("SearchPage", u"Results appear as you type. Every word must appear in the clause.", None))
#endif // QT_CONFIG(accessibility)
        self.supersededCheck.setText(QCoreApplication.translate("SearchPage", u"Include &superseded versions", None))
#if QT_CONFIG(tooltip)
        self.supersededCheck.setToolTip(QCoreApplication.translate("SearchPage", u"Also show matches in versions that a later adopted version replaced", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.supersededCheck.setAccessibleName(QCoreApplication.translate("SearchPage", u"Include superseded versions", None))
#endif // QT_CONFIG(accessibility)
        self.orderLabel.setText(QCoreApplication.translate("SearchPage", u"&Order", None))
        self.orderCombo.setItemText(0, QCoreApplication.translate("SearchPage", u"Best matches first", None))
        self.orderCombo.setItemText(1, QCoreApplication.translate("SearchPage", u"Clause order", None))

#if QT_CONFIG(tooltip)
        self.orderCombo.setToolTip(QCoreApplication.translate("SearchPage", u"Best matches first, or each version's clauses in the order the document gives them", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.orderCombo.setAccessibleName(QCoreApplication.translate("SearchPage", u"Order of results", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultsTable.setAccessibleName(QCoreApplication.translate("SearchPage", u"Search results", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultsTable.setAccessibleDescription(QCoreApplication.translate("SearchPage", u"Double-click a result or press Enter to open the clause.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.resultsTable.setToolTip("")
#endif // QT_CONFIG(tooltip)
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("SearchPage", u"Number of matches", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

