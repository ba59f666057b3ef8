# Generated from ui/start_page.ui by packaging/compile_forms.py – do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableWidget, QVBoxLayout, QWidget)

class Ui_StartPage(object):
    def setupUi(self, StartPage):
        if not StartPage.objectName():
            StartPage.setObjectName(u"StartPage")
        self.pageLayout = QVBoxLayout(StartPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.welcomeBox = QFrame(StartPage)
        self.welcomeBox.setObjectName(u"welcomeBox")
        self.welcomeBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.welcomeLayout = QVBoxLayout(self.welcomeBox)
        self.welcomeLayout.setSpacing(12)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.welcomeLayout.setContentsMargins(32, 32, 32, 32)
        self.welcomeTitle = QLabel(self.welcomeBox)
        self.welcomeTitle.setObjectName(u"welcomeTitle")

        self.welcomeLayout.addWidget(self.welcomeTitle)

        self.welcomeText = QLabel(self.welcomeBox)
        self.welcomeText.setObjectName(u"welcomeText")
        self.welcomeText.setWordWrap(True)

        self.welcomeLayout.addWidget(self.welcomeText)

        self.welcomeButtons = QHBoxLayout()
        self.welcomeButtons.setObjectName(u"welcomeButtons")
        self.createPairButton = QPushButton(self.welcomeBox)
        self.createPairButton.setObjectName(u"createPairButton")

        self.welcomeButtons.addWidget(self.createPairButton)

        self.loadDemoButton = QPushButton(self.welcomeBox)
        self.loadDemoButton.setObjectName(u"loadDemoButton")

        self.welcomeButtons.addWidget(self.loadDemoButton)

        self.welcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.welcomeButtons.addItem(self.welcomeSpacer)


        self.welcomeLayout.addLayout(self.welcomeButtons)

        self.welcomeBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeBottomSpacer)


        self.pageLayout.addWidget(self.welcomeBox)

        self.splitter = QSplitter(parent=StartPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setChildrenCollapsible(False)
        self.pairsPane = QWidget(self.splitter)
        self.pairsPane.setObjectName(u"pairsPane")
        self.pairsLayout = QVBoxLayout(self.pairsPane)
        self.pairsLayout.setObjectName(u"pairsLayout")
        self.pairsLayout.setContentsMargins(0, 0, 0, 0)
        self.pairsLabel = QLabel(self.pairsPane)
        self.pairsLabel.setObjectName(u"pairsLabel")

        self.pairsLayout.addWidget(self.pairsLabel)

        self.pairList = QListWidget(self.pairsPane)
        self.pairList.setObjectName(u"pairList")

        self.pairsLayout.addWidget(self.pairList)

        self.newPairButton = QPushButton(self.pairsPane)
        self.newPairButton.setObjectName(u"newPairButton")

        self.pairsLayout.addWidget(self.newPairButton)

        self.splitter.addWidget(self.pairsPane)
        self.detailsPane = QWidget(self.splitter)
        self.detailsPane.setObjectName(u"detailsPane")
        self.detailsLayout = QVBoxLayout(self.detailsPane)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)
        self.pairTitle = QLabel(self.detailsPane)
        self.pairTitle.setObjectName(u"pairTitle")
        self.pairTitle.setWordWrap(True)

        self.detailsLayout.addWidget(self.pairTitle)

        self.pairDetails = QLabel(self.detailsPane)
        self.pairDetails.setObjectName(u"pairDetails")
        self.pairDetails.setWordWrap(True)

        self.detailsLayout.addWidget(self.pairDetails)

        self.periodNotice = QLabel(self.detailsPane)
        self.periodNotice.setObjectName(u"periodNotice")
        self.periodNotice.setWordWrap(True)

        self.detailsLayout.addWidget(self.periodNotice)

        self.pairWarnings = QLabel(self.detailsPane)
        self.pairWarnings.setObjectName(u"pairWarnings")
        self.pairWarnings.setWordWrap(True)

        self.detailsLayout.addWidget(self.pairWarnings)

        self.pairButtons = QHBoxLayout()
        self.pairButtons.setObjectName(u"pairButtons")
        self.startConversationButton = QPushButton(self.detailsPane)
        self.startConversationButton.setObjectName(u"startConversationButton")

        self.pairButtons.addWidget(self.startConversationButton)

        self.agreementButton = QPushButton(self.detailsPane)
        self.agreementButton.setObjectName(u"agreementButton")

        self.pairButtons.addWidget(self.agreementButton)

        self.followUpButton = QPushButton(self.detailsPane)
        self.followUpButton.setObjectName(u"followUpButton")

        self.pairButtons.addWidget(self.followUpButton)

        self.editPairButton = QPushButton(self.detailsPane)
        self.editPairButton.setObjectName(u"editPairButton")

        self.pairButtons.addWidget(self.editPairButton)

        self.removeDemoButton = QPushButton(self.detailsPane)
        self.removeDemoButton.setObjectName(u"removeDemoButton")

        self.pairButtons.addWidget(self.removeDemoButton)

        self.pairButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pairButtons.addItem(self.pairButtonsSpacer)


        self.detailsLayout.addLayout(self.pairButtons)

        self.conversationsLabel = QLabel(self.detailsPane)
        self.conversationsLabel.setObjectName(u"conversationsLabel")

        self.detailsLayout.addWidget(self.conversationsLabel)

        self.conversationTable = QTableWidget(self.detailsPane)
        self.conversationTable.setObjectName(u"conversationTable")
        self.conversationTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conversationTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conversationTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conversationTable.setAlternatingRowColors(True)

        self.detailsLayout.addWidget(self.conversationTable)

        self.conversationButtons = QHBoxLayout()
        self.conversationButtons.setObjectName(u"conversationButtons")
        self.openConversationButton = QPushButton(self.detailsPane)
        self.openConversationButton.setObjectName(u"openConversationButton")

        self.conversationButtons.addWidget(self.openConversationButton)

        self.minutesButton = QPushButton(self.detailsPane)
        self.minutesButton.setObjectName(u"minutesButton")

        self.conversationButtons.addWidget(self.minutesButton)

        self.conversationButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conversationButtons.addItem(self.conversationButtonsSpacer)


        self.detailsLayout.addLayout(self.conversationButtons)

        self.splitter.addWidget(self.detailsPane)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.pairsLabel.setBuddy(self.pairList)
        self.conversationsLabel.setBuddy(self.conversationTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.createPairButton, self.loadDemoButton)
        QWidget.setTabOrder(self.loadDemoButton, self.pairList)
        QWidget.setTabOrder(self.pairList, self.newPairButton)
        QWidget.setTabOrder(self.newPairButton, self.startConversationButton)
        QWidget.setTabOrder(self.startConversationButton, self.agreementButton)
        QWidget.setTabOrder(self.agreementButton, self.followUpButton)
        QWidget.setTabOrder(self.followUpButton, self.editPairButton)
        QWidget.setTabOrder(self.editPairButton, self.removeDemoButton)
        QWidget.setTabOrder(self.removeDemoButton, self.conversationTable)
        QWidget.setTabOrder(self.conversationTable, self.openConversationButton)
        QWidget.setTabOrder(self.openConversationButton, self.minutesButton)

        self.retranslateUi(StartPage)

        self.createPairButton.setDefault(True)


        QMetaObject.connectSlotsByName(StartPage)
    # setupUi

    def retranslateUi(self, StartPage):
        self.welcomeTitle.setText(QCoreApplication.translate("StartPage", u"V\u00e4lkommen till Samspel", None))
        self.welcomeText.setText(QCoreApplication.translate("StartPage", u"Samspel st\u00f6der ordf\u00f6rande och direkt\u00f6r i deras regelbundna samspelssamtal med SKR:s fr\u00e5gor, och samlar det ni kommer fram till i en gemensam \u00f6verenskommelse. Allt sparas bara p\u00e5 den h\u00e4r datorn.", None))
        self.createPairButton.setText(QCoreApplication.translate("StartPage", u"&Skapa ert f\u00f6rsta samspelspar\u2026", None))
        self.loadDemoButton.setText(QCoreApplication.translate("StartPage", u"L\u00e4s in en &demoorganisation", None))
        self.pairsLabel.setText(QCoreApplication.translate("StartPage", u"Samspels&par", None))
#if QT_CONFIG(accessibility)
        self.pairList.setAccessibleName(QCoreApplication.translate("StartPage", u"Samspelspar", None))
#endif // QT_CONFIG(accessibility)
        self.newPairButton.setText(QCoreApplication.translate("StartPage", u"N&ytt par\u2026", None))
        self.startConversationButton.setText(QCoreApplication.translate("StartPage", u"&Nytt samtal\u2026", None))
        self.agreementButton.setText(QCoreApplication.translate("StartPage", u"&\u00d6verenskommelsen", None))
        self.followUpButton.setText(QCoreApplication.translate("StartPage", u"&Uppf\u00f6ljning \u00f6ver tid", None))
        self.editPairButton.setText(QCoreApplication.translate("StartPage", u"&Redigera par\u2026", None))
        self.removeDemoButton.setText(QCoreApplication.translate("StartPage", u"Ta bort &demo", None))
        self.conversationsLabel.setText(QCoreApplication.translate("StartPage", u"&Samtal", None))
#if QT_CONFIG(accessibility)
        self.conversationTable.setAccessibleName(QCoreApplication.translate("StartPage", u"Samtal", None))
#endif // QT_CONFIG(accessibility)
        self.openConversationButton.setText(QCoreApplication.translate("StartPage", u"\u00d6ppna sam&talet", None))
        self.minutesButton.setText(QCoreApplication.translate("StartPage", u"&Minnesanteckningar till Word\u2026", None))
#if QT_CONFIG(tooltip)
        self.minutesButton.setToolTip(QCoreApplication.translate("StartPage", u"Spara det valda samtalets minnesanteckningar som Word-dokument", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

