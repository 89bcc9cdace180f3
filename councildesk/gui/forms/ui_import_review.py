# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_review.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportReviewDialog(object):
    def setupUi(self, ImportReviewDialog):
        if not ImportReviewDialog.objectName():
            ImportReviewDialog.setObjectName(u"ImportReviewDialog")
        ImportReviewDialog.setMinimumSize(QSize(860, 560))
        ImportReviewDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ImportReviewDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 16, 18, 14)
        self.headerLayout = QVBoxLayout()
        self.headerLayout.setSpacing(4)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLabel = QLabel(ImportReviewDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setTextFormat(Qt.PlainText)
        self.headerLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.headerLabel)

        self.summaryLabel = QLabel(ImportReviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.PlainText)
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.headerLayout.addWidget(self.summaryLabel)

        self.setAsideLabel = QLabel(ImportReviewDialog)
        self.setAsideLabel.setObjectName(u"setAsideLabel")
        self.setAsideLabel.setTextFormat(Qt.PlainText)
        self.setAsideLabel.setWordWrap(True)
        self.setAsideLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.headerLayout.addWidget(self.setAsideLabel)

        self.noteLabel = QLabel(ImportReviewDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setTextFormat(Qt.PlainText)
        self.noteLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.noteLabel)


        self.dialogLayout.addLayout(self.headerLayout)

        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(6)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.indentButton = QPushButton(ImportReviewDialog)
        self.indentButton.setObjectName(u"indentButton")
        self.indentButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.indentButton)

        self.outdentButton = QPushButton(ImportReviewDialog)
        self.outdentButton.setObjectName(u"outdentButton")
        self.outdentButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.outdentButton)

        self.moveUpButton = QPushButton(ImportReviewDialog)
        self.moveUpButton.setObjectName(u"moveUpButton")
        self.moveUpButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(ImportReviewDialog)
        self.moveDownButton.setObjectName(u"moveDownButton")
        self.moveDownButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.moveDownButton)

        self.mergeButton = QPushButton(ImportReviewDialog)
        self.mergeButton.setObjectName(u"mergeButton")
        self.mergeButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.mergeButton)

        self.splitButton = QPushButton(ImportReviewDialog)
        self.splitButton.setObjectName(u"splitButton")
        self.splitButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.splitButton)

        self.deleteButton = QPushButton(ImportReviewDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.deleteButton)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)


        self.dialogLayout.addLayout(self.toolbarLayout)

        self.splitter = QSplitter(ImportReviewDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(10)
        self.structurePane = QWidget(self.splitter)
        self.structurePane.setObjectName(u"structurePane")
        self.structureLayout = QVBoxLayout(self.structurePane)
        self.structureLayout.setSpacing(6)
        self.structureLayout.setObjectName(u"structureLayout")
        self.structureLayout.setContentsMargins(0, 0, 0, 0)
        self.structureLabel = QLabel(self.structurePane)
        self.structureLabel.setObjectName(u"structureLabel")

        self.structureLayout.addWidget(self.structureLabel)

        self.treeWidget = QTreeWidget(self.structurePane)
        self.treeWidget.setObjectName(u"treeWidget")
        self.treeWidget.setMinimumSize(QSize(320, 0))
        self.treeWidget.setAlternatingRowColors(True)
        self.treeWidget.setUniformRowHeights(True)
        self.treeWidget.setIndentation(16)
        self.treeWidget.setAllColumnsShowFocus(True)
        self.treeWidget.setExpandsOnDoubleClick(False)
        self.treeWidget.setColumnCount(3)

        self.structureLayout.addWidget(self.treeWidget)

        self.splitter.addWidget(self.structurePane)
        self.rightSplitter = QSplitter(self.splitter)
        self.rightSplitter.setObjectName(u"rightSplitter")
        self.rightSplitter.setOrientation(Qt.Vertical)
        self.rightSplitter.setChildrenCollapsible(False)
        self.rightSplitter.setHandleWidth(10)
        self.editorPane = QWidget(self.rightSplitter)
        self.editorPane.setObjectName(u"editorPane")
        self.editorLayout = QVBoxLayout(self.editorPane)
        self.editorLayout.setSpacing(6)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.editorLabel = QLabel(self.editorPane)
        self.editorLabel.setObjectName(u"editorLabel")

        self.editorLayout.addWidget(self.editorLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.numberLabel = QLabel(self.editorPane)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberKindLayout = QHBoxLayout()
        self.numberKindLayout.setSpacing(12)
        self.numberKindLayout.setObjectName(u"numberKindLayout")
        self.numberEdit = QLineEdit(self.editorPane)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaximumSize(QSize(140, 16777215))

        self.numberKindLayout.addWidget(self.numberEdit)

        self.kindLabel = QLabel(self.editorPane)
        self.kindLabel.setObjectName(u"kindLabel")

        self.numberKindLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(self.editorPane)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMinimumSize(QSize(130, 0))

        self.numberKindLayout.addWidget(self.kindCombo)

        self.numberKindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.numberKindLayout.addItem(self.numberKindSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.numberKindLayout)

        self.headingLabel = QLabel(self.editorPane)
        self.headingLabel.setObjectName(u"headingLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.headingLabel)

        self.headingEdit = QLineEdit(self.editorPane)
        self.headingEdit.setObjectName(u"headingEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.headingEdit)

        self.textLabel = QLabel(self.editorPane)
        self.textLabel.setObjectName(u"textLabel")
        self.textLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(self.editorPane)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setMinimumSize(QSize(0, 90))
        self.textEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)


        self.editorLayout.addLayout(self.form)

        self.rightSplitter.addWidget(self.editorPane)
        self.sourcePane = QWidget(self.rightSplitter)
        self.sourcePane.setObjectName(u"sourcePane")
        self.sourceLayout = QVBoxLayout(self.sourcePane)
        self.sourceLayout.setSpacing(6)
        self.sourceLayout.setObjectName(u"sourceLayout")
        self.sourceLayout.setContentsMargins(0, 8, 0, 0)
        self.sourceHeaderLayout = QHBoxLayout()
        self.sourceHeaderLayout.setSpacing(12)
        self.sourceHeaderLayout.setObjectName(u"sourceHeaderLayout")
        self.sourceLabel = QLabel(self.sourcePane)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.sourceHeaderLayout.addWidget(self.sourceLabel)

        self.sourceHint = QLabel(self.sourcePane)
        self.sourceHint.setObjectName(u"sourceHint")
        self.sourceHint.setTextFormat(Qt.PlainText)

        self.sourceHeaderLayout.addWidget(self.sourceHint)

        self.sourceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sourceHeaderLayout.addItem(self.sourceSpacer)


        self.sourceLayout.addLayout(self.sourceHeaderLayout)

        self.sourceEdit = QPlainTextEdit(self.sourcePane)
        self.sourceEdit.setObjectName(u"sourceEdit")
        self.sourceEdit.setMinimumSize(QSize(0, 120))
        self.sourceEdit.setTabChangesFocus(True)
        self.sourceEdit.setReadOnly(True)
        self.sourceEdit.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.sourceLayout.addWidget(self.sourceEdit)

        self.rightSplitter.addWidget(self.sourcePane)
        self.splitter.addWidget(self.rightSplitter)

        self.dialogLayout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(ImportReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.structureLabel.setBuddy(self.treeWidget)
        self.numberLabel.setBuddy(self.numberEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.headingLabel.setBuddy(self.headingEdit)
        self.textLabel.setBuddy(self.textEdit)
        self.sourceLabel.setBuddy(self.sourceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.treeWidget, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.headingEdit)
        QWidget.setTabOrder(self.headingEdit, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.sourceEdit)
        QWidget.setTabOrder(self.sourceEdit, self.indentButton)
        QWidget.setTabOrder(self.indentButton, self.outdentButton)
        QWidget.setTabOrder(self.outdentButton, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.splitButton)
        QWidget.setTabOrder(self.splitButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.buttonBox)

        self.retranslateUi(ImportReviewDialog)

        QMetaObject.connectSlotsByName(ImportReviewDialog)
    # setupUi

    def retranslateUi(self, ImportReviewDialog):
        ImportReviewDialog.setWindowTitle(QCoreApplication.translate("ImportReviewDialog", u"Check the import", None))
        self.headerLabel.setText(QCoreApplication.translate("ImportReviewDialog", u"Check the import", None))
        self.headerLabel.setProperty(u"role", QCoreApplication.translate("ImportReviewDialog", u"sectionTitle", None))
        self.summaryLabel.setText("")
        self.setAsideLabel.setText("")
#if QT_CONFIG(accessibility)
        self.setAsideLabel.setAccessibleName(QCoreApplication.translate("ImportReviewDialog", u"Not made into clauses", None))
#endif // QT_CONFIG(accessibility)
        self.setAsideLabel.setProperty(u"role", QCoreApplication.translate("ImportReviewDialog", u"notice", None))
        self.noteLabel.setText("")
        self.noteLabel.setProperty(u"role", QCoreApplication.translate("ImportReviewDialog", u"hint", None))
        self.indentButton.setText(QCoreApplication.translate("ImportReviewDialog", u"Indent", None))
#if QT_CONFIG(accessibility)
        self.indentButton.setAccessibleName(QCoreApplication.translate("ImportReviewDialog", u"Indent", None))
#endif // QT_CONFIG(accessibility)
        self.outdentButton.setText(QCoreApplication.translate("ImportReviewDialog", u"Outdent", None))
#if QT_CONFIG(accessibility)
        self.outdentButton.setAccessibleName(QCoreApplication.translate("ImportReviewDialog", u"Outdent", None))
#endif // QT_CONFIG(accessibility)
        self.moveUpButton.setText(QCoreApplication.translate("ImportReviewDialog", u"Move up", None))
#if QT_CONFIG(accessibility)
        self.moveUpButton.setAccessibleName(QCoreApplication.translate("ImportReviewDialog", u"Move up", None))
#endif // QT_CONFIG(accessibility)
        self.moveDownButton.setText(QCoreApplication.translate("ImportReviewDialog", u"Move down", None))
#if QT_CONFIG(accessibility)
        self.moveDownButton.setAccessibleName(QCoreApplication.translate("ImportReviewDialog", u"Move down", None))
#endif // QT_CONFIG(accessibility)
        self.mergeButton.setText(QCoreApplication.translate("ImportReviewDialog", u"Merge with next", None))
#if QT_CONFIG(accessibility)
        self.mergeButton.setAccessibleName(QCoreApplication.translate("ImportReviewDialog", u"Merge with next", None))
#endif // QT_CONFIG(accessibility)
        self.splitButton.setText(QCoreApplication.translate("ImportReviewDialog", u"Split at cursor", None))
#if QT_CONFIG(accessibility)
        self.splitButton.setAccessibleName(QCoreApplication.translate("ImportReviewDialog", u"Split at cursor", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("ImportReviewDialog", u"Delete", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("ImportReviewDialog", u"Delete", None))
#endif // QT_CONFIG(accessibility)
        self.structureLabel.setText(QCoreApplication.translate("ImportReviewDialog", u"&Structure", None))
        self.structureLabel.setProperty(u"role", QCoreApplication.translate("ImportReviewDialog", u"paneTitle", None))
        ___qtreewidgetitem = self.treeWidget.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ImportReviewDialog", u"Kind", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ImportReviewDialog", u"Heading / first words", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ImportReviewDialog", u"Number", None))
#if QT_CONFIG(accessibility)
        self.treeWidget.setAccessibleName(QCoreApplication.translate("ImportReviewDialog", u"Structure", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.treeWidget.setAccessibleDescription(QCoreApplication.translate("ImportReviewDialog", u"The sections, clauses and list items found, in order", None))
#endif // QT_CONFIG(accessibility)
        self.editorLabel.setText(QCoreApplication.translate("ImportReviewDialog", u"Selected item", None))
        self.editorLabel.setProperty(u"role", QCoreApplication.translate("ImportReviewDialog", u"paneTitle", None))
        self.numberLabel.setText(QCoreApplication.translate("ImportReviewDialog", u"&Number", None))
#if QT_CONFIG(accessibility)
        self.numberEdit.setAccessibleName(QCoreApplication.translate("ImportReviewDialog", u"Number", None))
#endif // QT_CONFIG(accessibility)
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("ImportReviewDialog", u"no number", None))
        self.kindLabel.setText(QCoreApplication.translate("ImportReviewDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ImportReviewDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("ImportReviewDialog", u"&Heading", None))
#if QT_CONFIG(accessibility)
        self.headingEdit.setAccessibleName(QCoreApplication.translate("ImportReviewDialog", u"Heading", None))
#endif // QT_CONFIG(accessibility)
        self.headingEdit.setPlaceholderText(QCoreApplication.translate("ImportReviewDialog", u"no heading", None))
        self.textLabel.setText(QCoreApplication.translate("ImportReviewDialog", u"&Text", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("ImportReviewDialog", u"Text", None))
#endif // QT_CONFIG(accessibility)
        self.sourceLabel.setText(QCoreApplication.translate("ImportReviewDialog", u"S&ource text", None))
        self.sourceLabel.setProperty(u"role", QCoreApplication.translate("ImportReviewDialog", u"paneTitle", None))
        self.sourceHint.setText("")
        self.sourceHint.setProperty(u"role", QCoreApplication.translate("ImportReviewDialog", u"hint", None))
#if QT_CONFIG(accessibility)
        self.sourceEdit.setAccessibleName(QCoreApplication.translate("ImportReviewDialog", u"Source text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sourceEdit.setAccessibleDescription(QCoreApplication.translate("ImportReviewDialog", u"The file's text as it was read, for comparison", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

