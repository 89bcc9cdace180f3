# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'receipts_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit

class Ui_ReceiptsPanel(object):
    def setupUi(self, ReceiptsPanel):
        if not ReceiptsPanel.objectName():
            ReceiptsPanel.setObjectName(u"ReceiptsPanel")
        self.panelLayout = QVBoxLayout(ReceiptsPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 8, 0, 0)
        self.hintLabel = QLabel(ReceiptsPanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.panelLayout.addWidget(self.hintLabel)

        self.receiptsTable = QTableWidget(ReceiptsPanel)
        if (self.receiptsTable.columnCount() < 2):
            self.receiptsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.receiptsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.receiptsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.receiptsTable.setObjectName(u"receiptsTable")
        self.receiptsTable.setTabKeyNavigation(False)
        self.receiptsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.receiptsTable.setAlternatingRowColors(True)
        self.receiptsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.receiptsTable.setColumnCount(2)
        self.receiptsTable.verticalHeader().setVisible(False)

        self.panelLayout.addWidget(self.receiptsTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.markButton = QPushButton(ReceiptsPanel)
        self.markButton.setObjectName(u"markButton")

        self.buttonLayout.addWidget(self.markButton)

        self.receivedDate = OptionalDateEdit(ReceiptsPanel)
        self.receivedDate.setObjectName(u"receivedDate")

        self.buttonLayout.addWidget(self.receivedDate)

        self.clearButton = QPushButton(ReceiptsPanel)
        self.clearButton.setObjectName(u"clearButton")

        self.buttonLayout.addWidget(self.clearButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.outstandingCheck = QCheckBox(ReceiptsPanel)
        self.outstandingCheck.setObjectName(u"outstandingCheck")

        self.buttonLayout.addWidget(self.outstandingCheck)

        self.sheetButton = QPushButton(ReceiptsPanel)
        self.sheetButton.setObjectName(u"sheetButton")

        self.buttonLayout.addWidget(self.sheetButton)


        self.panelLayout.addLayout(self.buttonLayout)

        self.panelLayout.setStretch(1, 1)

        self.retranslateUi(ReceiptsPanel)

        QMetaObject.connectSlotsByName(ReceiptsPanel)
    # setupUi

    def retranslateUi(self, ReceiptsPanel):
        self.hintLabel.setText("")
        ___qtablewidgetitem = self.receiptsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ReceiptsPanel", u"Councillor", None))
        ___qtablewidgetitem1 = self.receiptsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ReceiptsPanel", u"Received and read", None))
#if QT_CONFIG(accessibility)
        self.receiptsTable.setAccessibleName(QCoreApplication.translate("ReceiptsPanel", u"Councillors and when they received this version", None))
#endif // QT_CONFIG(accessibility)
        self.markButton.setText(QCoreApplication.translate("ReceiptsPanel", u"Mark selected as received on", None))
#if QT_CONFIG(accessibility)
        self.markButton.setAccessibleName(QCoreApplication.translate("ReceiptsPanel", u"Mark selected as received on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.receivedDate.setAccessibleName(QCoreApplication.translate("ReceiptsPanel", u"Date received", None))
#endif // QT_CONFIG(accessibility)
        self.clearButton.setText(QCoreApplication.translate("ReceiptsPanel", u"Clear selected", None))
#if QT_CONFIG(accessibility)
        self.clearButton.setAccessibleName(QCoreApplication.translate("ReceiptsPanel", u"Clear selected", None))
#endif // QT_CONFIG(accessibility)
        self.outstandingCheck.setText(QCoreApplication.translate("ReceiptsPanel", u"&Outstanding only", None))
#if QT_CONFIG(accessibility)
        self.outstandingCheck.setAccessibleName(QCoreApplication.translate("ReceiptsPanel", u"Sign-off sheet lists outstanding only", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.outstandingCheck.setToolTip(QCoreApplication.translate("ReceiptsPanel", u"Print only the councillors who have not yet confirmed receipt", None))
#endif // QT_CONFIG(tooltip)
        self.sheetButton.setText(QCoreApplication.translate("ReceiptsPanel", u"Print sign-off sheet\u2026", None))
#if QT_CONFIG(accessibility)
        self.sheetButton.setAccessibleName(QCoreApplication.translate("ReceiptsPanel", u"Print sign-off sheet", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

