# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'snooze_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

from councildesk.gui.widgets.date_edit import OptionalDateEdit

class Ui_SnoozeDialog(object):
    def setupUi(self, SnoozeDialog):
        if not SnoozeDialog.objectName():
            SnoozeDialog.setObjectName(u"SnoozeDialog")
        SnoozeDialog.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(SnoozeDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SnoozeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.untilLabel = QLabel(SnoozeDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.untilDate = OptionalDateEdit(SnoozeDialog)
        self.untilDate.setObjectName(u"untilDate")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.untilDate)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(SnoozeDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SnoozeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.untilLabel.setBuddy(self.untilDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SnoozeDialog)

        QMetaObject.connectSlotsByName(SnoozeDialog)
    # setupUi

    def retranslateUi(self, SnoozeDialog):
        SnoozeDialog.setWindowTitle(QCoreApplication.translate("SnoozeDialog", u"Snooze the reminder", None))
        self.introLabel.setText("")
        self.untilLabel.setText(QCoreApplication.translate("SnoozeDialog", u"Remind me again on", None))
#if QT_CONFIG(accessibility)
        self.untilDate.setAccessibleName(QCoreApplication.translate("SnoozeDialog", u"Remind me again on", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

