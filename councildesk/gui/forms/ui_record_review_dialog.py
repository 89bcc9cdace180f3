# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_review_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QRadioButton, QSizePolicy, QVBoxLayout, QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit

class Ui_RecordReviewDialog(object):
    def setupUi(self, RecordReviewDialog):
        if not RecordReviewDialog.objectName():
            RecordReviewDialog.setObjectName(u"RecordReviewDialog")
        RecordReviewDialog.setMinimumSize(QSize(680, 0))
        self.dialogLayout = QVBoxLayout(RecordReviewDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(RecordReviewDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.heldLabel = QLabel(RecordReviewDialog)
        self.heldLabel.setObjectName(u"heldLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldDate = OptionalDateEdit(RecordReviewDialog)
        self.heldDate.setObjectName(u"heldDate")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.heldDate)

        self.bodyLabel = QLabel(RecordReviewDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyCombo = QComboBox(RecordReviewDialog)
        self.bodyCombo.setObjectName(u"bodyCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bodyCombo)

        self.minuteLabel = QLabel(RecordReviewDialog)
        self.minuteLabel.setObjectName(u"minuteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.minuteLabel)

        self.minuteEdit = QLineEdit(RecordReviewDialog)
        self.minuteEdit.setObjectName(u"minuteEdit")
        self.minuteEdit.setMaxLength(100)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.minuteEdit)

        self.outcomeLabel = QLabel(RecordReviewDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeLayout = QVBoxLayout()
        self.outcomeLayout.setObjectName(u"outcomeLayout")
        self.unchangedRadio = QRadioButton(RecordReviewDialog)
        self.unchangedRadio.setObjectName(u"unchangedRadio")
        self.unchangedRadio.setChecked(True)

        self.outcomeLayout.addWidget(self.unchangedRadio)

        self.amendedRadio = QRadioButton(RecordReviewDialog)
        self.amendedRadio.setObjectName(u"amendedRadio")

        self.outcomeLayout.addWidget(self.amendedRadio)

        self.deferredRadio = QRadioButton(RecordReviewDialog)
        self.deferredRadio.setObjectName(u"deferredRadio")

        self.outcomeLayout.addWidget(self.deferredRadio)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.outcomeLayout)

        self.deferredLabel = QLabel(RecordReviewDialog)
        self.deferredLabel.setObjectName(u"deferredLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deferredLabel)

        self.deferredDate = OptionalDateEdit(RecordReviewDialog)
        self.deferredDate.setObjectName(u"deferredDate")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deferredDate)

        self.reasonLabel = QLabel(RecordReviewDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(RecordReviewDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(RecordReviewDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RecordReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.heldLabel.setBuddy(self.heldDate)
        self.bodyLabel.setBuddy(self.bodyCombo)
        self.minuteLabel.setBuddy(self.minuteEdit)
        self.deferredLabel.setBuddy(self.deferredDate)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecordReviewDialog)

        QMetaObject.connectSlotsByName(RecordReviewDialog)
    # setupUi

    def retranslateUi(self, RecordReviewDialog):
        RecordReviewDialog.setWindowTitle(QCoreApplication.translate("RecordReviewDialog", u"Record a review", None))
        self.introLabel.setText("")
        self.heldLabel.setText(QCoreApplication.translate("RecordReviewDialog", u"Held on", None))
#if QT_CONFIG(accessibility)
        self.heldDate.setAccessibleName(QCoreApplication.translate("RecordReviewDialog", u"Date of the meeting that held the review", None))
#endif // QT_CONFIG(accessibility)
        self.bodyLabel.setText(QCoreApplication.translate("RecordReviewDialog", u"&By", None))
#if QT_CONFIG(accessibility)
        self.bodyCombo.setAccessibleName(QCoreApplication.translate("RecordReviewDialog", u"Body that held the review", None))
#endif // QT_CONFIG(accessibility)
        self.minuteLabel.setText(QCoreApplication.translate("RecordReviewDialog", u"&Minute reference", None))
#if QT_CONFIG(accessibility)
        self.minuteEdit.setAccessibleName(QCoreApplication.translate("RecordReviewDialog", u"Minute reference", None))
#endif // QT_CONFIG(accessibility)
        self.minuteEdit.setPlaceholderText(QCoreApplication.translate("RecordReviewDialog", u"e.g. 26/104", None))
        self.outcomeLabel.setText(QCoreApplication.translate("RecordReviewDialog", u"Outcome", None))
        self.unchangedRadio.setText(QCoreApplication.translate("RecordReviewDialog", u"Re-adopted &unchanged", None))
        self.amendedRadio.setText(QCoreApplication.translate("RecordReviewDialog", u"&Amended: a new draft opens, and adopting it closes the review", None))
        self.deferredRadio.setText(QCoreApplication.translate("RecordReviewDialog", u"&Deferred to a later date", None))
        self.deferredLabel.setText(QCoreApplication.translate("RecordReviewDialog", u"Deferred &to", None))
#if QT_CONFIG(accessibility)
        self.deferredDate.setAccessibleName(QCoreApplication.translate("RecordReviewDialog", u"Deferred to", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("RecordReviewDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("RecordReviewDialog", u"Reason for deferring", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("RecordReviewDialog", u"e.g. waiting for the new model policy", None))
        self.errorLabel.setText("")
    # retranslateUi

