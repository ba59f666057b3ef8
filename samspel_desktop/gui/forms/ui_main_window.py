# Generated from ui/main_window.ui by packaging/compile_forms.py – do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QToolBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 720)
        self.actionNewPair = QAction(MainWindow)
        self.actionNewPair.setObjectName(u"actionNewPair")
        self.actionNewConversation = QAction(MainWindow)
        self.actionNewConversation.setObjectName(u"actionNewConversation")
        self.actionExportArchive = QAction(MainWindow)
        self.actionExportArchive.setObjectName(u"actionExportArchive")
        self.actionBackups = QAction(MainWindow)
        self.actionBackups.setObjectName(u"actionBackups")
        self.actionTrash = QAction(MainWindow)
        self.actionTrash.setObjectName(u"actionTrash")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionStartPage = QAction(MainWindow)
        self.actionStartPage.setObjectName(u"actionStartPage")
        self.actionSearch = QAction(MainWindow)
        self.actionSearch.setObjectName(u"actionSearch")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
        self.toolBar = QToolBar(MainWindow)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setMovable(False)
        self.toolBar.setFloatable(False)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewPair)
        self.menuFile.addAction(self.actionNewConversation)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionExportArchive)
        self.menuFile.addAction(self.actionBackups)
        self.menuFile.addAction(self.actionTrash)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionStartPage)
        self.menuView.addAction(self.actionSearch)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Samspel", None))
        self.actionNewPair.setText(QCoreApplication.translate("MainWindow", u"Nytt samspels&par\u2026", None))
        self.actionNewConversation.setText(QCoreApplication.translate("MainWindow", u"Nytt &samtal\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionNewConversation.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionExportArchive.setText(QCoreApplication.translate("MainWindow", u"&Exportera allt till arkivfil\u2026", None))
        self.actionBackups.setText(QCoreApplication.translate("MainWindow", u"S\u00e4kerhets&kopior\u2026", None))
        self.actionTrash.setText(QCoreApplication.translate("MainWindow", u"&Papperskorgen\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"A&vsluta", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionStartPage.setText(QCoreApplication.translate("MainWindow", u"&Startsidan", None))
#if QT_CONFIG(shortcut)
        self.actionStartPage.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Home", None))
#endif // QT_CONFIG(shortcut)
        self.actionSearch.setText(QCoreApplication.translate("MainWindow", u"S&\u00f6k\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionSearch.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Om Samspel", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&Arkiv", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&Visa", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Hj\u00e4lp", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Verktyg", None))
    # retranslateUi

