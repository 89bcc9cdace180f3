# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit

class Ui_ReviewSettingsDialog(object):
    def setupUi(self, ReviewSettingsDialog):
        if not ReviewSettingsDialog.objectName():
            ReviewSettingsDialog.setObjectName(u"ReviewSettingsDialog")
        ReviewSettingsDialog.setMinimumSize(QSize(600, 480))
        self.dialogLayout = QVBoxLayout(ReviewSettingsDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.weeksLabel = QLabel(ReviewSettingsDialog)
        self.weeksLabel.setObjectName(u"weeksLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.weeksLabel)

        self.weeksLayout = QHBoxLayout()
        self.weeksLayout.setObjectName(u"weeksLayout")
        self.weeksEdit = QLineEdit(ReviewSettingsDialog)
        self.weeksEdit.setObjectName(u"weeksEdit")
        self.weeksEdit.setMaximumSize(QSize(120, 16777215))

        self.weeksLayout.addWidget(self.weeksEdit)

        self.weeksHint = QLabel(ReviewSettingsDialog)
        self.weeksHint.setObjectName(u"weeksHint")

        self.weeksLayout.addWidget(self.weeksHint)

        self.weeksSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weeksLayout.addItem(self.weeksSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.weeksLayout)

        self.agentCheck = QCheckBox(ReviewSettingsDialog)
        self.agentCheck.setObjectName(u"agentCheck")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agentCheck)


        self.dialogLayout.addLayout(self.form)

        self.daysTitle = QLabel(ReviewSettingsDialog)
        self.daysTitle.setObjectName(u"daysTitle")

        self.dialogLayout.addWidget(self.daysTitle)

        self.daysHint = QLabel(ReviewSettingsDialog)
        self.daysHint.setObjectName(u"daysHint")
        self.daysHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.daysHint)

        self.daysList = QListWidget(ReviewSettingsDialog)
        self.daysList.setObjectName(u"daysList")

        self.dialogLayout.addWidget(self.daysList)

        self.dayLayout = QHBoxLayout()
        self.dayLayout.setSpacing(8)
        self.dayLayout.setObjectName(u"dayLayout")
        self.dayDate = OptionalDateEdit(ReviewSettingsDialog)
        self.dayDate.setObjectName(u"dayDate")

        self.dayLayout.addWidget(self.dayDate)

        self.dayEdit = QLineEdit(ReviewSettingsDialog)
        self.dayEdit.setObjectName(u"dayEdit")

        self.dayLayout.addWidget(self.dayEdit)

        self.addDayButton = QPushButton(ReviewSettingsDialog)
        self.addDayButton.setObjectName(u"addDayButton")

        self.dayLayout.addWidget(self.addDayButton)

        self.removeDayButton = QPushButton(ReviewSettingsDialog)
        self.removeDayButton.setObjectName(u"removeDayButton")

        self.dayLayout.addWidget(self.removeDayButton)


        self.dialogLayout.addLayout(self.dayLayout)

        self.errorLabel = QLabel(ReviewSettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReviewSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.weeksLabel.setBuddy(self.weeksEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewSettingsDialog)

        QMetaObject.connectSlotsByName(ReviewSettingsDialog)
    # setupUi

    def retranslateUi(self, ReviewSettingsDialog):
        ReviewSettingsDialog.setWindowTitle(QCoreApplication.translate("ReviewSettingsDialog", u"Reminders and clear days", None))
        self.weeksLabel.setText(QCoreApplication.translate("ReviewSettingsDialog", u"&Remind me", None))
#if QT_CONFIG(accessibility)
        self.weeksEdit.setAccessibleName(QCoreApplication.translate("ReviewSettingsDialog", u"Reminder weeks before the agenda deadline", None))
#endif // QT_CONFIG(accessibility)
        self.weeksEdit.setPlaceholderText(QCoreApplication.translate("ReviewSettingsDialog", u"6, 2", None))
        self.weeksHint.setText(QCoreApplication.translate("ReviewSettingsDialog", u"weeks before the agenda deadline (e.g. 6, 2)", None))
        self.weeksHint.setProperty(u"role", QCoreApplication.translate("ReviewSettingsDialog", u"hint", None))
        self.agentCheck.setText(QCoreApplication.translate("ReviewSettingsDialog", u"Remind me even when CouncilDesk is &closed (at log-in)", None))
        self.daysTitle.setText(QCoreApplication.translate("ReviewSettingsDialog", u"Days of public thanksgiving or mourning", None))
        self.daysHint.setText(QCoreApplication.translate("ReviewSettingsDialog", u"These do not count as clear days before a meeting (Local Government Act 1972, s.243(4)). Bank holidays, Sundays, Christmas and Easter are already left out.", None))
#if QT_CONFIG(accessibility)
        self.daysList.setAccessibleName(QCoreApplication.translate("ReviewSettingsDialog", u"Days of thanksgiving or mourning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dayDate.setAccessibleName(QCoreApplication.translate("ReviewSettingsDialog", u"Date of the day to add", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dayEdit.setAccessibleName(QCoreApplication.translate("ReviewSettingsDialog", u"What the day is", None))
#endif // QT_CONFIG(accessibility)
        self.dayEdit.setPlaceholderText(QCoreApplication.translate("ReviewSettingsDialog", u"e.g. national day of mourning", None))
        self.addDayButton.setText(QCoreApplication.translate("ReviewSettingsDialog", u"Add day", None))
        self.removeDayButton.setText(QCoreApplication.translate("ReviewSettingsDialog", u"Remove\u2026", None))
        self.errorLabel.setText("")
    # retranslateUi

