# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QTimeEdit, QVBoxLayout,
    QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(MeetingDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.bodyLabel = QLabel(MeetingDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyCombo = QComboBox(MeetingDialog)
        self.bodyCombo.setObjectName(u"bodyCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bodyCombo)

        self.dateLabel = QLabel(MeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setSpacing(12)
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateEdit = OptionalDateEdit(MeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.dateLayout.addWidget(self.dateEdit)

        self.dayLabel = QLabel(MeetingDialog)
        self.dayLabel.setObjectName(u"dayLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dayLabel.sizePolicy().hasHeightForWidth())
        self.dayLabel.setSizePolicy(sizePolicy)

        self.dateLayout.addWidget(self.dayLabel)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.timeLabel = QLabel(MeetingDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeLayout = QHBoxLayout()
        self.timeLayout.setSpacing(12)
        self.timeLayout.setObjectName(u"timeLayout")
        self.timeEdit = QTimeEdit(MeetingDialog)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setTime(QTime(19, 0, 0))
        self.timeEdit.setMinimumSize(QSize(90, 0))

        self.timeLayout.addWidget(self.timeEdit)

        self.noTimeCheck = QCheckBox(MeetingDialog)
        self.noTimeCheck.setObjectName(u"noTimeCheck")

        self.timeLayout.addWidget(self.noTimeCheck)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeLayout.addItem(self.timeSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.timeLayout)

        self.venueLabel = QLabel(MeetingDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(MeetingDialog)
        self.venueEdit.setObjectName(u"venueEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.notesLabel = QLabel(MeetingDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(MeetingDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 72))
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.repeatLabel = QLabel(MeetingDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatLayout = QVBoxLayout()
        self.repeatLayout.setSpacing(4)
        self.repeatLayout.setObjectName(u"repeatLayout")
        self.repeatRow = QHBoxLayout()
        self.repeatRow.setObjectName(u"repeatRow")
        self.repeatSpin = QSpinBox(MeetingDialog)
        self.repeatSpin.setObjectName(u"repeatSpin")
        self.repeatSpin.setMinimumSize(QSize(190, 0))
        self.repeatSpin.setMinimum(0)
        self.repeatSpin.setMaximum(36)

        self.repeatRow.addWidget(self.repeatSpin)

        self.repeatSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.repeatRow.addItem(self.repeatSpacer)


        self.repeatLayout.addLayout(self.repeatRow)

        self.repeatHint = QLabel(MeetingDialog)
        self.repeatHint.setObjectName(u"repeatHint")
        self.repeatHint.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        sizePolicy.setHeightForWidth(self.repeatHint.sizePolicy().hasHeightForWidth())
        self.repeatHint.setSizePolicy(sizePolicy)
        self.repeatHint.setWordWrap(True)

        self.repeatLayout.addWidget(self.repeatHint)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.repeatLayout)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(MeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.bodyLabel.setBuddy(self.bodyCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.venueLabel.setBuddy(self.venueEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.repeatLabel.setBuddy(self.repeatSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.bodyCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.noTimeCheck)
        QWidget.setTabOrder(self.noTimeCheck, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.repeatSpin)

        self.retranslateUi(MeetingDialog)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Meeting", None))
        self.bodyLabel.setText(QCoreApplication.translate("MeetingDialog", u"Meeting &of", None))
#if QT_CONFIG(accessibility)
        self.bodyCombo.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Meeting of", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.dayLabel.setText("")
        self.dayLabel.setProperty(u"role", QCoreApplication.translate("MeetingDialog", u"hint", None))
        self.timeLabel.setText(QCoreApplication.translate("MeetingDialog", u"Starts &at", None))
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.noTimeCheck.setText(QCoreApplication.translate("MeetingDialog", u"No set &time", None))
#if QT_CONFIG(accessibility)
        self.noTimeCheck.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"No set time", None))
#endif // QT_CONFIG(accessibility)
        self.venueLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Venue", None))
#if QT_CONFIG(accessibility)
        self.venueEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Venue", None))
#endif // QT_CONFIG(accessibility)
        self.venueEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"e.g. Village Hall", None))
        self.notesLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Repeat", None))
#if QT_CONFIG(accessibility)
        self.repeatSpin.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Repeat monthly for this many more months", None))
#endif // QT_CONFIG(accessibility)
        self.repeatSpin.setSpecialValueText(QCoreApplication.translate("MeetingDialog", u"Does not repeat", None))
        self.repeatSpin.setPrefix(QCoreApplication.translate("MeetingDialog", u"Monthly for ", None))
        self.repeatSpin.setSuffix(QCoreApplication.translate("MeetingDialog", u" more months", None))
        self.repeatHint.setText("")
        self.repeatHint.setProperty(u"role", QCoreApplication.translate("MeetingDialog", u"hint", None))
        self.errorLabel.setText("")
    # retranslateUi

