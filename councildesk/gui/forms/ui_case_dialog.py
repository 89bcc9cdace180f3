# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit
from councildesk.gui.widgets.party_picker import PartyPicker

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.setMinimumSize(QSize(700, 600))
        self.dialogLayout = QVBoxLayout(CaseDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(CaseDialog)
        self.tabs.setObjectName(u"tabs")
        self.caseTab = QWidget()
        self.caseTab.setObjectName(u"caseTab")
        self.caseTabLayout = QVBoxLayout(self.caseTab)
        self.caseTabLayout.setSpacing(12)
        self.caseTabLayout.setObjectName(u"caseTabLayout")
        self.caseTabLayout.setContentsMargins(12, 12, 12, 12)
        self.caseForm = QFormLayout()
        self.caseForm.setObjectName(u"caseForm")
        self.caseForm.setHorizontalSpacing(12)
        self.caseForm.setVerticalSpacing(8)
        self.caseForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.routeLabel = QLabel(self.caseTab)
        self.routeLabel.setObjectName(u"routeLabel")

        self.caseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.routeLabel)

        self.routeCombo = QComboBox(self.caseTab)
        self.routeCombo.setObjectName(u"routeCombo")

        self.caseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.routeCombo)

        self.routeHint = QLabel(self.caseTab)
        self.routeHint.setObjectName(u"routeHint")
        self.routeHint.setWordWrap(True)
        self.routeHint.setProperty(u"role", u"hint")

        self.caseForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.routeHint)

        self.receivedLabel = QLabel(self.caseTab)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.caseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedDate = OptionalDateEdit(self.caseTab)
        self.receivedDate.setObjectName(u"receivedDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.receivedDate.sizePolicy().hasHeightForWidth())
        self.receivedDate.setSizePolicy(sizePolicy)

        self.caseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receivedDate)

        self.howLabel = QLabel(self.caseTab)
        self.howLabel.setObjectName(u"howLabel")

        self.caseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.howLabel)

        self.howCombo = QComboBox(self.caseTab)
        self.howCombo.setObjectName(u"howCombo")

        self.caseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.howCombo)

        self.acknowledgedLabel = QLabel(self.caseTab)
        self.acknowledgedLabel.setObjectName(u"acknowledgedLabel")

        self.caseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.acknowledgedLabel)

        self.acknowledgedDate = OptionalDateEdit(self.caseTab)
        self.acknowledgedDate.setObjectName(u"acknowledgedDate")
        sizePolicy.setHeightForWidth(self.acknowledgedDate.sizePolicy().hasHeightForWidth())
        self.acknowledgedDate.setSizePolicy(sizePolicy)

        self.caseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.acknowledgedDate)

        self.complainantLabel = QLabel(self.caseTab)
        self.complainantLabel.setObjectName(u"complainantLabel")

        self.caseForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.complainantLabel)

        self.complainantPicker = PartyPicker(self.caseTab)
        self.complainantPicker.setObjectName(u"complainantPicker")

        self.caseForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.complainantPicker)

        self.subjectLabel = QLabel(self.caseTab)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.caseForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectPicker = PartyPicker(self.caseTab)
        self.subjectPicker.setObjectName(u"subjectPicker")

        self.caseForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.subjectPicker)

        self.handlerLabel = QLabel(self.caseTab)
        self.handlerLabel.setObjectName(u"handlerLabel")

        self.caseForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.handlerLabel)

        self.handlerPicker = PartyPicker(self.caseTab)
        self.handlerPicker.setObjectName(u"handlerPicker")

        self.caseForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.handlerPicker)

        self.clausesLabel = QLabel(self.caseTab)
        self.clausesLabel.setObjectName(u"clausesLabel")

        self.caseForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.clausesLabel)

        self.clausesLayout = QHBoxLayout()
        self.clausesLayout.setSpacing(8)
        self.clausesLayout.setObjectName(u"clausesLayout")
        self.clausesSummary = QLabel(self.caseTab)
        self.clausesSummary.setObjectName(u"clausesSummary")
        self.clausesSummary.setWordWrap(True)

        self.clausesLayout.addWidget(self.clausesSummary)

        self.clausesButton = QPushButton(self.caseTab)
        self.clausesButton.setObjectName(u"clausesButton")

        self.clausesLayout.addWidget(self.clausesButton)


        self.caseForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.clausesLayout)

        self.summaryLabel = QLabel(self.caseTab)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.caseForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(self.caseTab)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMinimumSize(QSize(0, 80))

        self.caseForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.summaryEdit)


        self.caseTabLayout.addLayout(self.caseForm)

        self.caseSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.caseTabLayout.addItem(self.caseSpacer)

        self.tabs.addTab(self.caseTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setSpacing(12)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLayout.setContentsMargins(12, 12, 12, 12)
        self.notesForm = QFormLayout()
        self.notesForm.setObjectName(u"notesForm")
        self.notesForm.setHorizontalSpacing(12)
        self.notesForm.setVerticalSpacing(8)
        self.notesForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.notesLabel = QLabel(self.notesTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.notesTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 200))

        self.notesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.outcomeLabel = QLabel(self.notesTab)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.notesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeTextEdit = QPlainTextEdit(self.notesTab)
        self.outcomeTextEdit.setObjectName(u"outcomeTextEdit")
        self.outcomeTextEdit.setTabChangesFocus(True)
        self.outcomeTextEdit.setMinimumSize(QSize(0, 90))

        self.notesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outcomeTextEdit)


        self.notesLayout.addLayout(self.notesForm)

        self.tabs.addTab(self.notesTab, "")
        self.stagesTab = QWidget()
        self.stagesTab.setObjectName(u"stagesTab")
        self.stagesLayout = QVBoxLayout(self.stagesTab)
        self.stagesLayout.setSpacing(12)
        self.stagesLayout.setObjectName(u"stagesLayout")
        self.stagesLayout.setContentsMargins(12, 12, 12, 12)
        self.currentStageLabel = QLabel(self.stagesTab)
        self.currentStageLabel.setObjectName(u"currentStageLabel")
        self.currentStageLabel.setWordWrap(True)

        self.stagesLayout.addWidget(self.currentStageLabel)

        self.stagesTable = QTableWidget(self.stagesTab)
        self.stagesTable.setObjectName(u"stagesTable")
        self.stagesTable.setTabKeyNavigation(False)
        self.stagesTable.setAlternatingRowColors(True)
        self.stagesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.stagesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.stagesTable.setWordWrap(True)
        self.stagesTable.horizontalHeader().setStretchLastSection(True)
        self.stagesTable.verticalHeader().setVisible(False)

        self.stagesLayout.addWidget(self.stagesTable)

        self.stageButtons = QHBoxLayout()
        self.stageButtons.setSpacing(8)
        self.stageButtons.setObjectName(u"stageButtons")
        self.nextStageButton = QPushButton(self.stagesTab)
        self.nextStageButton.setObjectName(u"nextStageButton")

        self.stageButtons.addWidget(self.nextStageButton)

        self.referralButton = QPushButton(self.stagesTab)
        self.referralButton.setObjectName(u"referralButton")

        self.stageButtons.addWidget(self.referralButton)

        self.stageSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stageButtons.addItem(self.stageSpacer)


        self.stagesLayout.addLayout(self.stageButtons)

        self.tabs.addTab(self.stagesTab, "")
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.documentsLayout = QVBoxLayout(self.documentsTab)
        self.documentsLayout.setSpacing(12)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsLayout.setContentsMargins(12, 12, 12, 12)
        self.documentsList = QListWidget(self.documentsTab)
        self.documentsList.setObjectName(u"documentsList")

        self.documentsLayout.addWidget(self.documentsList)

        self.documentButtons = QHBoxLayout()
        self.documentButtons.setSpacing(8)
        self.documentButtons.setObjectName(u"documentButtons")
        self.attachButton = QPushButton(self.documentsTab)
        self.attachButton.setObjectName(u"attachButton")

        self.documentButtons.addWidget(self.attachButton)

        self.openDocumentButton = QPushButton(self.documentsTab)
        self.openDocumentButton.setObjectName(u"openDocumentButton")

        self.documentButtons.addWidget(self.openDocumentButton)

        self.removeDocumentButton = QPushButton(self.documentsTab)
        self.removeDocumentButton.setObjectName(u"removeDocumentButton")

        self.documentButtons.addWidget(self.removeDocumentButton)

        self.documentSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentButtons.addItem(self.documentSpacer)


        self.documentsLayout.addLayout(self.documentButtons)

        self.documentsHint = QLabel(self.documentsTab)
        self.documentsHint.setObjectName(u"documentsHint")
        self.documentsHint.setWordWrap(True)
        self.documentsHint.setProperty(u"role", u"hint")

        self.documentsLayout.addWidget(self.documentsHint)

        self.tabs.addTab(self.documentsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(CaseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.routeLabel.setBuddy(self.routeCombo)
        self.receivedLabel.setBuddy(self.receivedDate)
        self.howLabel.setBuddy(self.howCombo)
        self.acknowledgedLabel.setBuddy(self.acknowledgedDate)
        self.complainantLabel.setBuddy(self.complainantPicker)
        self.subjectLabel.setBuddy(self.subjectPicker)
        self.handlerLabel.setBuddy(self.handlerPicker)
        self.clausesLabel.setBuddy(self.clausesButton)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.outcomeLabel.setBuddy(self.outcomeTextEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.routeCombo)
        QWidget.setTabOrder(self.routeCombo, self.receivedDate)
        QWidget.setTabOrder(self.receivedDate, self.howCombo)
        QWidget.setTabOrder(self.howCombo, self.acknowledgedDate)
        QWidget.setTabOrder(self.acknowledgedDate, self.complainantPicker)
        QWidget.setTabOrder(self.complainantPicker, self.subjectPicker)
        QWidget.setTabOrder(self.subjectPicker, self.handlerPicker)
        QWidget.setTabOrder(self.handlerPicker, self.clausesButton)
        QWidget.setTabOrder(self.clausesButton, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.outcomeTextEdit)
        QWidget.setTabOrder(self.outcomeTextEdit, self.stagesTable)
        QWidget.setTabOrder(self.stagesTable, self.nextStageButton)
        QWidget.setTabOrder(self.nextStageButton, self.referralButton)
        QWidget.setTabOrder(self.referralButton, self.documentsList)
        QWidget.setTabOrder(self.documentsList, self.attachButton)
        QWidget.setTabOrder(self.attachButton, self.openDocumentButton)
        QWidget.setTabOrder(self.openDocumentButton, self.removeDocumentButton)
        QWidget.setTabOrder(self.removeDocumentButton, self.buttonBox)

        self.retranslateUi(CaseDialog)

        QMetaObject.connectSlotsByName(CaseDialog)
    # setupUi

    def retranslateUi(self, CaseDialog):
        CaseDialog.setWindowTitle(QCoreApplication.translate("CaseDialog", u"Case", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Case", None))
#endif // QT_CONFIG(accessibility)
        self.routeLabel.setText(QCoreApplication.translate("CaseDialog", u"&Route", None))
#if QT_CONFIG(accessibility)
        self.routeCombo.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Route", None))
#endif // QT_CONFIG(accessibility)
        self.routeHint.setText("")
        self.receivedLabel.setText(QCoreApplication.translate("CaseDialog", u"&Received", None))
#if QT_CONFIG(accessibility)
        self.receivedDate.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Date received", None))
#endif // QT_CONFIG(accessibility)
        self.howLabel.setText(QCoreApplication.translate("CaseDialog", u"&How received", None))
#if QT_CONFIG(accessibility)
        self.howCombo.setAccessibleName(QCoreApplication.translate("CaseDialog", u"How received", None))
#endif // QT_CONFIG(accessibility)
        self.acknowledgedLabel.setText(QCoreApplication.translate("CaseDialog", u"Ac&knowledged", None))
#if QT_CONFIG(accessibility)
        self.acknowledgedDate.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Date acknowledged", None))
#endif // QT_CONFIG(accessibility)
        self.complainantLabel.setText(QCoreApplication.translate("CaseDialog", u"&Complainant", None))
#if QT_CONFIG(accessibility)
        self.complainantPicker.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Complainant", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("CaseDialog", u"&Subject", None))
#if QT_CONFIG(accessibility)
        self.subjectPicker.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Subject", None))
#endif // QT_CONFIG(accessibility)
        self.handlerLabel.setText(QCoreApplication.translate("CaseDialog", u"&Dealt with by", None))
#if QT_CONFIG(accessibility)
        self.handlerPicker.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Dealt with by", None))
#endif // QT_CONFIG(accessibility)
        self.clausesLabel.setText(QCoreApplication.translate("CaseDialog", u"Protocol c&lauses", None))
        self.clausesSummary.setText(QCoreApplication.translate("CaseDialog", u"None chosen", None))
        self.clausesButton.setText(QCoreApplication.translate("CaseDialog", u"Choose clauses\u2026", None))
#if QT_CONFIG(accessibility)
        self.clausesButton.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Choose protocol clauses", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("CaseDialog", u"S&ummary", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"What the case is about, in a sentence or two", None))
        self.tabs.setTabText(self.tabs.indexOf(self.caseTab), QCoreApplication.translate("CaseDialog", u"Case", None))
        self.notesLabel.setText(QCoreApplication.translate("CaseDialog", u"Confidential &notes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Confidential notes", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("CaseDialog", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcomeTextEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Outcome in words", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeTextEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"How the case ended, once it has", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("CaseDialog", u"Notes and outcome", None))
        self.currentStageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.stagesTable.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Stages", None))
#endif // QT_CONFIG(accessibility)
        self.nextStageButton.setText(QCoreApplication.translate("CaseDialog", u"Move to the next stage\u2026", None))
        self.referralButton.setText(QCoreApplication.translate("CaseDialog", u"Referral letter\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.stagesTab), QCoreApplication.translate("CaseDialog", u"Stages", None))
#if QT_CONFIG(accessibility)
        self.documentsList.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Attached documents", None))
#endif // QT_CONFIG(accessibility)
        self.attachButton.setText(QCoreApplication.translate("CaseDialog", u"Attach\u2026", None))
        self.openDocumentButton.setText(QCoreApplication.translate("CaseDialog", u"Save a copy\u2026", None))
        self.removeDocumentButton.setText(QCoreApplication.translate("CaseDialog", u"Remove\u2026", None))
        self.documentsHint.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.documentsTab), QCoreApplication.translate("CaseDialog", u"Documents", None))
        self.errorLabel.setText("")
    # retranslateUi

