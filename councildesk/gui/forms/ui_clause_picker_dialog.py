# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'clause_picker_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ClausePickerDialog(object):
    def setupUi(self, ClausePickerDialog):
        if not ClausePickerDialog.objectName():
            ClausePickerDialog.setObjectName(u"ClausePickerDialog")
        ClausePickerDialog.setMinimumSize(QSize(620, 520))
        self.dialogLayout = QVBoxLayout(ClausePickerDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ClausePickerDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.filterEdit = QLineEdit(ClausePickerDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.filterEdit)

        self.tree = QTreeWidget(ClausePickerDialog)
        self.tree.setObjectName(u"tree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)

        self.dialogLayout.addWidget(self.tree)

        self.buttonBox = QDialogButtonBox(ClausePickerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.filterEdit, self.tree)
        QWidget.setTabOrder(self.tree, self.buttonBox)

        self.retranslateUi(ClausePickerDialog)

        QMetaObject.connectSlotsByName(ClausePickerDialog)
    # setupUi

    def retranslateUi(self, ClausePickerDialog):
        ClausePickerDialog.setWindowTitle(QCoreApplication.translate("ClausePickerDialog", u"Protocol clauses", None))
        self.introLabel.setText("")
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("ClausePickerDialog", u"Filter the clauses", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("ClausePickerDialog", u"Filter", None))
        ___qtreewidgetitem = self.tree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ClausePickerDialog", u"Clause", None))
#if QT_CONFIG(accessibility)
        self.tree.setAccessibleName(QCoreApplication.translate("ClausePickerDialog", u"Clauses of the adopted protocol", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

