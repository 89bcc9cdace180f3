# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QStackedWidget,
    QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 760)
        MainWindow.setMinimumSize(QSize(900, 600))
        self.actionOpenCouncil = QAction(MainWindow)
        self.actionOpenCouncil.setObjectName(u"actionOpenCouncil")
        self.actionOpenSample = QAction(MainWindow)
        self.actionOpenSample.setObjectName(u"actionOpenSample")
        self.actionCouncilDetails = QAction(MainWindow)
        self.actionCouncilDetails.setObjectName(u"actionCouncilDetails")
        self.actionPrint = QAction(MainWindow)
        self.actionPrint.setObjectName(u"actionPrint")
        self.actionPrintDirectory = QAction(MainWindow)
        self.actionPrintDirectory.setObjectName(u"actionPrintDirectory")
        self.actionSaveDirectoryPdf = QAction(MainWindow)
        self.actionSaveDirectoryPdf.setObjectName(u"actionSaveDirectoryPdf")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionDataFolder = QAction(MainWindow)
        self.actionDataFolder.setObjectName(u"actionDataFolder")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QWidget(self.centralWidget)
        self.sidebar.setObjectName(u"sidebar")
        self.sidebar.setMinimumSize(QSize(220, 0))
        self.sidebar.setMaximumSize(QSize(220, 16777215))
        self.sidebarLayout = QVBoxLayout(self.sidebar)
        self.sidebarLayout.setSpacing(4)
        self.sidebarLayout.setObjectName(u"sidebarLayout")
        self.sidebarLayout.setContentsMargins(12, 16, 12, 12)
        self.councilNameLabel = QLabel(self.sidebar)
        self.councilNameLabel.setObjectName(u"councilNameLabel")
        self.councilNameLabel.setWordWrap(True)

        self.sidebarLayout.addWidget(self.councilNameLabel)

        self.clerkLabel = QLabel(self.sidebar)
        self.clerkLabel.setObjectName(u"clerkLabel")
        self.clerkLabel.setWordWrap(True)

        self.sidebarLayout.addWidget(self.clerkLabel)

        self.sampleFrame = QFrame(self.sidebar)
        self.sampleFrame.setObjectName(u"sampleFrame")
        self.sampleLayout = QVBoxLayout(self.sampleFrame)
        self.sampleLayout.setSpacing(6)
        self.sampleLayout.setObjectName(u"sampleLayout")
        self.sampleLayout.setContentsMargins(8, 8, 8, 8)
        self.sampleLabel = QLabel(self.sampleFrame)
        self.sampleLabel.setObjectName(u"sampleLabel")
        self.sampleLabel.setWordWrap(True)

        self.sampleLayout.addWidget(self.sampleLabel)

        self.leaveSampleButton = QPushButton(self.sampleFrame)
        self.leaveSampleButton.setObjectName(u"leaveSampleButton")

        self.sampleLayout.addWidget(self.leaveSampleButton)


        self.sidebarLayout.addWidget(self.sampleFrame)

        self.navigation = QListWidget(self.sidebar)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.navigation.setIconSize(QSize(20, 20))

        self.sidebarLayout.addWidget(self.navigation)


        self.centralLayout.addWidget(self.sidebar)

        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuRecent = QMenu(self.menuFile)
        self.menuRecent.setObjectName(u"menuRecent")
        self.menuGo = QMenu(self.menuBar)
        self.menuGo.setObjectName(u"menuGo")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuGo.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionOpenCouncil)
        self.menuFile.addAction(self.menuRecent.menuAction())
        self.menuFile.addAction(self.actionOpenSample)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionCouncilDetails)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionPrint)
        self.menuFile.addAction(self.actionPrintDirectory)
        self.menuFile.addAction(self.actionSaveDirectoryPdf)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionDataFolder)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"CouncilDesk", None))
        self.actionOpenCouncil.setText(QCoreApplication.translate("MainWindow", u"&Open council file\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionOpenCouncil.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpenSample.setText(QCoreApplication.translate("MainWindow", u"E&xplore the sample council", None))
        self.actionCouncilDetails.setText(QCoreApplication.translate("MainWindow", u"Council &details\u2026", None))
        self.actionPrint.setText(QCoreApplication.translate("MainWindow", u"&Print\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionPrint.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.actionPrint.setToolTip(QCoreApplication.translate("MainWindow", u"Print what this page shows", None))
#endif // QT_CONFIG(tooltip)
        self.actionPrintDirectory.setText(QCoreApplication.translate("MainWindow", u"Print council &directory\u2026", None))
        self.actionSaveDirectoryPdf.setText(QCoreApplication.translate("MainWindow", u"&Save council directory as PDF\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionSaveDirectoryPdf.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+S", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionDataFolder.setText(QCoreApplication.translate("MainWindow", u"Where is my &data?", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About CouncilDesk", None))
        self.councilNameLabel.setText(QCoreApplication.translate("MainWindow", u"Council", None))
        self.clerkLabel.setText("")
        self.sampleFrame.setProperty(u"role", QCoreApplication.translate("MainWindow", u"sampleBadge", None))
        self.sampleLabel.setText(QCoreApplication.translate("MainWindow", u"<b>SAMPLE COUNCIL</b><br>Made-up data to explore. Nothing here is real, and your own council's file is not touched.", None))
        self.leaveSampleButton.setText(QCoreApplication.translate("MainWindow", u"&Go to my own council", None))
#if QT_CONFIG(accessibility)
        self.leaveSampleButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Leave the sample and go to my own council", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sections", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pages.setAccessibleName(QCoreApplication.translate("MainWindow", u"Page", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuRecent.setTitle(QCoreApplication.translate("MainWindow", u"Open &recent", None))
        self.menuGo.setTitle(QCoreApplication.translate("MainWindow", u"&Go", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

