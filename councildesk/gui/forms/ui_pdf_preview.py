# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget)

class Ui_PdfPreview(object):
    def setupUi(self, PdfPreview):
        if not PdfPreview.objectName():
            PdfPreview.setObjectName(u"PdfPreview")
        PdfPreview.setMinimumSize(QSize(760, 640))
        self.dialogLayout = QVBoxLayout(PdfPreview)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(8)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.printButton = QPushButton(PdfPreview)
        self.printButton.setObjectName(u"printButton")

        self.toolbarLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(PdfPreview)
        self.saveButton.setObjectName(u"saveButton")

        self.toolbarLayout.addWidget(self.saveButton)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.zoomOutButton = QToolButton(PdfPreview)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.toolbarLayout.addWidget(self.zoomOutButton)

        self.zoomLabel = QLabel(PdfPreview)
        self.zoomLabel.setObjectName(u"zoomLabel")
        self.zoomLabel.setMinimumSize(QSize(48, 0))
        self.zoomLabel.setAlignment(Qt.AlignCenter)

        self.toolbarLayout.addWidget(self.zoomLabel)

        self.zoomInButton = QToolButton(PdfPreview)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.toolbarLayout.addWidget(self.zoomInButton)

        self.fitWidthButton = QPushButton(PdfPreview)
        self.fitWidthButton.setObjectName(u"fitWidthButton")
        self.fitWidthButton.setCheckable(True)

        self.toolbarLayout.addWidget(self.fitWidthButton)

        self.pageCountLabel = QLabel(PdfPreview)
        self.pageCountLabel.setObjectName(u"pageCountLabel")

        self.toolbarLayout.addWidget(self.pageCountLabel)


        self.dialogLayout.addLayout(self.toolbarLayout)

        self.pdfView = QPdfView(PdfPreview)
        self.pdfView.setObjectName(u"pdfView")

        self.dialogLayout.addWidget(self.pdfView)

        self.buttonBox = QDialogButtonBox(PdfPreview)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(PdfPreview)

        QMetaObject.connectSlotsByName(PdfPreview)
    # setupUi

    def retranslateUi(self, PdfPreview):
        PdfPreview.setWindowTitle(QCoreApplication.translate("PdfPreview", u"Print preview", None))
        self.printButton.setText(QCoreApplication.translate("PdfPreview", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("PdfPreview", u"&Save as PDF\u2026", None))
        self.zoomOutButton.setText(QCoreApplication.translate("PdfPreview", u"Zoom out", None))
        self.zoomLabel.setText(QCoreApplication.translate("PdfPreview", u"100%", None))
        self.zoomInButton.setText(QCoreApplication.translate("PdfPreview", u"Zoom in", None))
        self.fitWidthButton.setText(QCoreApplication.translate("PdfPreview", u"Fit &width", None))
        self.pageCountLabel.setText("")
#if QT_CONFIG(accessibility)
        self.pdfView.setAccessibleName(QCoreApplication.translate("PdfPreview", u"Preview of the printout", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

