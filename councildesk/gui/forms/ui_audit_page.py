# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
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
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        self.pageLayout = QVBoxLayout(AuditPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(AuditPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(AuditPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.descriptionLabel)

        self.sealLabel = QLabel(AuditPage)
        self.sealLabel.setObjectName(u"sealLabel")
        self.sealLabel.setWordWrap(True)
        self.sealLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.pageLayout.addWidget(self.sealLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.fromLabel = QLabel(AuditPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterLayout.addWidget(self.fromLabel)

        self.fromDate = OptionalDateEdit(AuditPage)
        self.fromDate.setObjectName(u"fromDate")

        self.filterLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(AuditPage)
        self.toLabel.setObjectName(u"toLabel")
        self.toLabel.setMinimumSize(QSize(22, 0))

        self.filterLayout.addWidget(self.toLabel)

        self.toDate = OptionalDateEdit(AuditPage)
        self.toDate.setObjectName(u"toDate")

        self.filterLayout.addWidget(self.toDate)

        self.areaLabel = QLabel(AuditPage)
        self.areaLabel.setObjectName(u"areaLabel")

        self.filterLayout.addWidget(self.areaLabel)

        self.areaCombo = QComboBox(AuditPage)
        self.areaCombo.setObjectName(u"areaCombo")
        self.areaCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filterLayout.addWidget(self.areaCombo)

        self.personLabel = QLabel(AuditPage)
        self.personLabel.setObjectName(u"personLabel")

        self.filterLayout.addWidget(self.personLabel)

        self.personCombo = QComboBox(AuditPage)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filterLayout.addWidget(self.personCombo)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.filterEdit = QLineEdit(AuditPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(150, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.clearButton = QPushButton(AuditPage)
        self.clearButton.setObjectName(u"clearButton")

        self.filterLayout.addWidget(self.clearButton)


        self.pageLayout.addLayout(self.filterLayout)

        self.table = QTableView(AuditPage)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.table)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setSpacing(8)
        self.footerLayout.setObjectName(u"footerLayout")
        self.countLabel = QLabel(AuditPage)
        self.countLabel.setObjectName(u"countLabel")

        self.footerLayout.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.printButton = QPushButton(AuditPage)
        self.printButton.setObjectName(u"printButton")

        self.footerLayout.addWidget(self.printButton)

        self.exportButton = QPushButton(AuditPage)
        self.exportButton.setObjectName(u"exportButton")

        self.footerLayout.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.areaLabel.setBuddy(self.areaCombo)
        self.personLabel.setBuddy(self.personCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.areaCombo)
        QWidget.setTabOrder(self.areaCombo, self.personCombo)
        QWidget.setTabOrder(self.personCombo, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.table)
        QWidget.setTabOrder(self.table, self.printButton)
        QWidget.setTabOrder(self.printButton, self.exportButton)

        self.retranslateUi(AuditPage)

        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        self.titleLabel.setText(QCoreApplication.translate("AuditPage", u"Audit trail", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AuditPage", u"Who changed what, and when. CouncilDesk adds an entry for every change and seals each onto the one before, so an entry changed or removed outside CouncilDesk shows here. Entries about complaints name the case by its reference only.", None))
        self.sealLabel.setText("")
        self.sealLabel.setProperty(u"role", QCoreApplication.translate("AuditPage", u"notice", None))
#if QT_CONFIG(accessibility)
        self.sealLabel.setAccessibleName(QCoreApplication.translate("AuditPage", u"Check of the seals", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("AuditPage", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("AuditPage", u"From date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("AuditPage", u"Show entries on or after this day (Alt+F); leave empty for the first entry", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("AuditPage", u"&To", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("AuditPage", u"To date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("AuditPage", u"Show entries on or before this day (Alt+T); leave empty for the newest entry", None))
#endif // QT_CONFIG(tooltip)
        self.areaLabel.setText(QCoreApplication.translate("AuditPage", u"&Area", None))
#if QT_CONFIG(accessibility)
        self.areaCombo.setAccessibleName(QCoreApplication.translate("AuditPage", u"Area", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.areaCombo.setToolTip(QCoreApplication.translate("AuditPage", u"Show the changes in one area only (Alt+A)", None))
#endif // QT_CONFIG(tooltip)
        self.personLabel.setText(QCoreApplication.translate("AuditPage", u"P&erson", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("AuditPage", u"Person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.personCombo.setToolTip(QCoreApplication.translate("AuditPage", u"Show the changes one person made (Alt+E)", None))
#endif // QT_CONFIG(tooltip)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("AuditPage", u"Filter (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("AuditPage", u"Filter the audit trail", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.filterEdit.setToolTip(QCoreApplication.translate("AuditPage", u"Show only entries containing these words (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.clearButton.setText(QCoreApplication.translate("AuditPage", u"&Show all", None))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("AuditPage", u"Clear the dates, area, person and filter (Alt+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AuditPage", u"Audit trail", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("AuditPage", u"Every change, oldest first; click a heading to sort.", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.printButton.setText(QCoreApplication.translate("AuditPage", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("AuditPage", u"Preview and print the entries shown (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("AuditPage", u"Export\u2026", None))
        pass
    # retranslateUi

