# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stage_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit

class Ui_StageDialog(object):
    def setupUi(self, StageDialog):
        if not StageDialog.objectName():
            StageDialog.setObjectName(u"StageDialog")
        StageDialog.setMinimumSize(QSize(540, 0))
        self.dialogLayout = QVBoxLayout(StageDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.stageLabel = QLabel(StageDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageCombo = QComboBox(StageDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stageCombo)

        self.stageHint = QLabel(StageDialog)
        self.stageHint.setObjectName(u"stageHint")
        self.stageHint.setWordWrap(True)
        self.stageHint.setProperty(u"role", u"hint")

        self.form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.stageHint)

        self.onLabel = QLabel(StageDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.onDate = OptionalDateEdit(StageDialog)
        self.onDate.setObjectName(u"onDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.onDate.sizePolicy().hasHeightForWidth())
        self.onDate.setSizePolicy(sizePolicy)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.onDate)

        self.panelLabel = QLabel(StageDialog)
        self.panelLabel.setObjectName(u"panelLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.panelLabel)

        self.panelList = QListWidget(StageDialog)
        self.panelList.setObjectName(u"panelList")
        self.panelList.setMinimumSize(QSize(0, 110))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.panelList)

        self.companionChoiceLabel = QLabel(StageDialog)
        self.companionChoiceLabel.setObjectName(u"companionChoiceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.companionChoiceLabel)

        self.accompanimentLayout = QHBoxLayout()
        self.accompanimentLayout.setSpacing(8)
        self.accompanimentLayout.setObjectName(u"accompanimentLayout")
        self.accompaniedRadio = QRadioButton(StageDialog)
        self.accompaniedRadio.setObjectName(u"accompaniedRadio")

        self.accompanimentLayout.addWidget(self.accompaniedRadio)

        self.aloneRadio = QRadioButton(StageDialog)
        self.aloneRadio.setObjectName(u"aloneRadio")

        self.accompanimentLayout.addWidget(self.aloneRadio)

        self.accompanimentSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accompanimentLayout.addItem(self.accompanimentSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.accompanimentLayout)

        self.companionLabel = QLabel(StageDialog)
        self.companionLabel.setObjectName(u"companionLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.companionLabel)

        self.companionEdit = QLineEdit(StageDialog)
        self.companionEdit.setObjectName(u"companionEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.companionEdit)

        self.decisionLabel = QLabel(StageDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionEdit = QPlainTextEdit(StageDialog)
        self.decisionEdit.setObjectName(u"decisionEdit")
        self.decisionEdit.setTabChangesFocus(True)
        self.decisionEdit.setMinimumSize(QSize(0, 60))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.decisionEdit)

        self.outcomeLabel = QLabel(StageDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(StageDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.notesLabel = QLabel(StageDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(StageDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 50))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(StageDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.stageLabel.setBuddy(self.stageCombo)
        self.onLabel.setBuddy(self.onDate)
        self.panelLabel.setBuddy(self.panelList)
        self.companionChoiceLabel.setBuddy(self.accompaniedRadio)
        self.companionLabel.setBuddy(self.companionEdit)
        self.decisionLabel.setBuddy(self.decisionEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stageCombo, self.onDate)
        QWidget.setTabOrder(self.onDate, self.panelList)
        QWidget.setTabOrder(self.panelList, self.accompaniedRadio)
        QWidget.setTabOrder(self.accompaniedRadio, self.aloneRadio)
        QWidget.setTabOrder(self.aloneRadio, self.companionEdit)
        QWidget.setTabOrder(self.companionEdit, self.decisionEdit)
        QWidget.setTabOrder(self.decisionEdit, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(StageDialog)

        QMetaObject.connectSlotsByName(StageDialog)
    # setupUi

    def retranslateUi(self, StageDialog):
        StageDialog.setWindowTitle(QCoreApplication.translate("StageDialog", u"Move to the next stage", None))
        self.stageLabel.setText(QCoreApplication.translate("StageDialog", u"&Stage", None))
#if QT_CONFIG(accessibility)
        self.stageCombo.setAccessibleName(QCoreApplication.translate("StageDialog", u"Stage", None))
#endif // QT_CONFIG(accessibility)
        self.stageHint.setText("")
        self.onLabel.setText(QCoreApplication.translate("StageDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.onDate.setAccessibleName(QCoreApplication.translate("StageDialog", u"Date of the stage", None))
#endif // QT_CONFIG(accessibility)
        self.panelLabel.setText(QCoreApplication.translate("StageDialog", u"&Panel", None))
#if QT_CONFIG(accessibility)
        self.panelList.setAccessibleName(QCoreApplication.translate("StageDialog", u"Panel of councillors", None))
#endif // QT_CONFIG(accessibility)
        self.companionChoiceLabel.setText(QCoreApplication.translate("StageDialog", u"Accompanied", None))
        self.accompaniedRadio.setText(QCoreApplication.translate("StageDialog", u"Brought a &companion", None))
        self.aloneRadio.setText(QCoreApplication.translate("StageDialog", u"Chose to attend &alone", None))
        self.companionLabel.setText(QCoreApplication.translate("StageDialog", u"Companion's &name", None))
#if QT_CONFIG(accessibility)
        self.companionEdit.setAccessibleName(QCoreApplication.translate("StageDialog", u"Companion's name", None))
#endif // QT_CONFIG(accessibility)
        self.companionEdit.setPlaceholderText(QCoreApplication.translate("StageDialog", u"A colleague or trade union representative", None))
        self.decisionLabel.setText(QCoreApplication.translate("StageDialog", u"D&ecision", None))
#if QT_CONFIG(accessibility)
        self.decisionEdit.setAccessibleName(QCoreApplication.translate("StageDialog", u"Decision", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("StageDialog", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("StageDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("StageDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("StageDialog", u"Stage notes", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

