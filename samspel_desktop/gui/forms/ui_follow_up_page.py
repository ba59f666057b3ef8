# Generated from ui/follow_up_page.ui by packaging/compile_forms.py – do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

from samspel_desktop.gui.widgets import (CompactTextEdit, DateEdit)

class Ui_FollowUpPage(object):
    def setupUi(self, FollowUpPage):
        if not FollowUpPage.objectName():
            FollowUpPage.setObjectName(u"FollowUpPage")
        self.pageLayout = QVBoxLayout(FollowUpPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(FollowUpPage)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.titleLabel = QLabel(FollowUpPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)

        self.headerLayout.addWidget(self.titleLabel)

        self.reportButton = QPushButton(FollowUpPage)
        self.reportButton.setObjectName(u"reportButton")

        self.headerLayout.addWidget(self.reportButton)

        self.handoverButton = QPushButton(FollowUpPage)
        self.handoverButton.setObjectName(u"handoverButton")

        self.headerLayout.addWidget(self.handoverButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.periodLabel = QLabel(FollowUpPage)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.periodLabel)

        self.tabs = QTabWidget(FollowUpPage)
        self.tabs.setObjectName(u"tabs")
        self.commitmentsTab = QWidget()
        self.commitmentsTab.setObjectName(u"commitmentsTab")
        self.commitmentsLayout = QVBoxLayout(self.commitmentsTab)
        self.commitmentsLayout.setObjectName(u"commitmentsLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusFilterLabel = QLabel(self.commitmentsTab)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterLayout.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(self.commitmentsTab)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterLayout.addWidget(self.statusFilter)

        self.sideFilterLabel = QLabel(self.commitmentsTab)
        self.sideFilterLabel.setObjectName(u"sideFilterLabel")

        self.filterLayout.addWidget(self.sideFilterLabel)

        self.sideFilter = QComboBox(self.commitmentsTab)
        self.sideFilter.setObjectName(u"sideFilter")

        self.filterLayout.addWidget(self.sideFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.editCommitmentButton = QPushButton(self.commitmentsTab)
        self.editCommitmentButton.setObjectName(u"editCommitmentButton")

        self.filterLayout.addWidget(self.editCommitmentButton)

        self.openConversationButton = QPushButton(self.commitmentsTab)
        self.openConversationButton.setObjectName(u"openConversationButton")

        self.filterLayout.addWidget(self.openConversationButton)


        self.commitmentsLayout.addLayout(self.filterLayout)

        self.commitmentTable = QTableWidget(self.commitmentsTab)
        self.commitmentTable.setObjectName(u"commitmentTable")
        self.commitmentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.commitmentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.commitmentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.commitmentTable.setAlternatingRowColors(True)
        self.commitmentTable.setWordWrap(True)

        self.commitmentsLayout.addWidget(self.commitmentTable)

        self.keepingLabel = QLabel(self.commitmentsTab)
        self.keepingLabel.setObjectName(u"keepingLabel")
        self.keepingLabel.setWordWrap(True)

        self.commitmentsLayout.addWidget(self.keepingLabel)

        self.tabs.addTab(self.commitmentsTab, "")
        self.healthTab = QWidget()
        self.healthTab.setObjectName(u"healthTab")
        self.healthLayout = QVBoxLayout(self.healthTab)
        self.healthLayout.setObjectName(u"healthLayout")
        self.healthHint = QLabel(self.healthTab)
        self.healthHint.setObjectName(u"healthHint")
        self.healthHint.setWordWrap(True)

        self.healthLayout.addWidget(self.healthHint)

        self.chartHost = QWidget(self.healthTab)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHostLayout = QVBoxLayout(self.chartHost)
        self.chartHostLayout.setObjectName(u"chartHostLayout")
        self.chartHostLayout.setContentsMargins(0, 0, 0, 0)

        self.healthLayout.addWidget(self.chartHost)

        self.tabs.addTab(self.healthTab, "")
        self.greyzoneTab = QWidget()
        self.greyzoneTab.setObjectName(u"greyzoneTab")
        self.greyzoneLayout = QVBoxLayout(self.greyzoneTab)
        self.greyzoneLayout.setObjectName(u"greyzoneLayout")
        self.greyzoneSummary = QLabel(self.greyzoneTab)
        self.greyzoneSummary.setObjectName(u"greyzoneSummary")
        self.greyzoneSummary.setWordWrap(True)

        self.greyzoneLayout.addWidget(self.greyzoneSummary)

        self.greyzoneSplitter = QSplitter(parent=self.greyzoneTab)
        self.greyzoneSplitter.setObjectName(u"greyzoneSplitter")
        self.greyzoneSplitter.setOrientation(Qt.Orientation.Vertical)
        self.greyzoneSplitter.setChildrenCollapsible(False)
        self.greyzoneTable = QTableWidget(self.greyzoneSplitter)
        self.greyzoneTable.setObjectName(u"greyzoneTable")
        self.greyzoneTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.greyzoneTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.greyzoneTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.greyzoneTable.setAlternatingRowColors(True)
        self.greyzoneTable.setWordWrap(True)
        self.greyzoneSplitter.addWidget(self.greyzoneTable)
        self.entryBox = QGroupBox(self.greyzoneSplitter)
        self.entryBox.setObjectName(u"entryBox")
        self.entryLayout = QFormLayout(self.entryBox)
        self.entryLayout.setObjectName(u"entryLayout")
        self.questionLabel = QLabel(self.entryBox)
        self.questionLabel.setObjectName(u"questionLabel")

        self.entryLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.questionEdit = CompactTextEdit(self.entryBox)
        self.questionEdit.setObjectName(u"questionEdit")

        self.entryLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.questionEdit)

        self.raisedLabel = QLabel(self.entryBox)
        self.raisedLabel.setObjectName(u"raisedLabel")

        self.entryLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.raisedLabel)

        self.raisedEdit = DateEdit(self.entryBox)
        self.raisedEdit.setObjectName(u"raisedEdit")
        self.raisedEdit.setCalendarPopup(True)

        self.entryLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.raisedEdit)

        self.classLabel = QLabel(self.entryBox)
        self.classLabel.setObjectName(u"classLabel")

        self.entryLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.classLabel)

        self.classCombo = QComboBox(self.entryBox)
        self.classCombo.setObjectName(u"classCombo")

        self.entryLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.classCombo)

        self.decidedLabel = QLabel(self.entryBox)
        self.decidedLabel.setObjectName(u"decidedLabel")

        self.entryLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decidedLabel)

        self.decidedEdit = QLineEdit(self.entryBox)
        self.decidedEdit.setObjectName(u"decidedEdit")

        self.entryLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decidedEdit)

        self.learnedLabel = QLabel(self.entryBox)
        self.learnedLabel.setObjectName(u"learnedLabel")

        self.entryLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.learnedLabel)

        self.learnedEdit = CompactTextEdit(self.entryBox)
        self.learnedEdit.setObjectName(u"learnedEdit")

        self.entryLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.learnedEdit)

        self.greyzoneSplitter.addWidget(self.entryBox)

        self.greyzoneLayout.addWidget(self.greyzoneSplitter)

        self.greyzoneButtons = QHBoxLayout()
        self.greyzoneButtons.setObjectName(u"greyzoneButtons")
        self.addEntryButton = QPushButton(self.greyzoneTab)
        self.addEntryButton.setObjectName(u"addEntryButton")

        self.greyzoneButtons.addWidget(self.addEntryButton)

        self.deleteEntryButton = QPushButton(self.greyzoneTab)
        self.deleteEntryButton.setObjectName(u"deleteEntryButton")

        self.greyzoneButtons.addWidget(self.deleteEntryButton)

        self.greyzoneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.greyzoneButtons.addItem(self.greyzoneSpacer)


        self.greyzoneLayout.addLayout(self.greyzoneButtons)

        self.tabs.addTab(self.greyzoneTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.statusFilterLabel.setBuddy(self.statusFilter)
        self.sideFilterLabel.setBuddy(self.sideFilter)
        self.questionLabel.setBuddy(self.questionEdit)
        self.raisedLabel.setBuddy(self.raisedEdit)
        self.classLabel.setBuddy(self.classCombo)
        self.decidedLabel.setBuddy(self.decidedEdit)
        self.learnedLabel.setBuddy(self.learnedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowUpPage)

        QMetaObject.connectSlotsByName(FollowUpPage)
    # setupUi

    def retranslateUi(self, FollowUpPage):
        self.backButton.setText(QCoreApplication.translate("FollowUpPage", u"\u2190 &Startsidan", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Tillbaka till startsidan (Alt+Home)", None))
#endif // QT_CONFIG(tooltip)
        self.reportButton.setText(QCoreApplication.translate("FollowUpPage", u"&Rapport till Word\u2026", None))
#if QT_CONFIG(tooltip)
        self.reportButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Uppf\u00f6ljningsrapport f\u00f6r mandatperioden: f\u00f6rh\u00e5llningss\u00e4tten, \u00e5taganden, gr\u00e5zonen och \u00f6verenskommelsen", None))
#endif // QT_CONFIG(tooltip)
        self.handoverButton.setText(QCoreApplication.translate("FollowUpPage", u"\u00d6verl&\u00e4mning till Word\u2026", None))
#if QT_CONFIG(tooltip)
        self.handoverButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Allt en eftertr\u00e4dare beh\u00f6ver: \u00f6verenskommelsen, \u00f6ppna \u00e5taganden, gr\u00e5zonen och f\u00f6rh\u00e5llningss\u00e4tten \u00f6ver tid", None))
#endif // QT_CONFIG(tooltip)
        self.statusFilterLabel.setText(QCoreApplication.translate("FollowUpPage", u"V&isa:", None))
        self.sideFilterLabel.setText(QCoreApplication.translate("FollowUpPage", u"Si&da:", None))
        self.editCommitmentButton.setText(QCoreApplication.translate("FollowUpPage", u"\u00c4&ndra\u2026", None))
#if QT_CONFIG(tooltip)
        self.editCommitmentButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"R\u00e4tta \u00e5tagandets text, vem som \u00e4ger det och datum (eller dubbelklicka p\u00e5 raden)", None))
#endif // QT_CONFIG(tooltip)
        self.openConversationButton.setText(QCoreApplication.translate("FollowUpPage", u"\u00d6ppna sa&mtalet", None))
#if QT_CONFIG(tooltip)
        self.openConversationButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"\u00d6ppna samtalet d\u00e4r \u00e5tagandet gjordes", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.commitmentTable.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"\u00c5taganden \u00f6ver tid", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.commitmentsTab), QCoreApplication.translate("FollowUpPage", u"\u00c5taganden", None))
        self.healthHint.setText(QCoreApplication.translate("FollowUpPage", u"De fem f\u00f6rh\u00e5llningss\u00e4tten som bygger samarbete och f\u00f6rtroende (SKR), skattade 1\u20135 av var och en av er i samtalen, ett diagram per f\u00f6rh\u00e5llningss\u00e4tt. Det gr\u00e5 f\u00e4ltet \u00e4r skillnaden mellan er \u2013 den \u00e4r v\u00e4rd att prata om. Lodr\u00e4ta linjer visar mandatperioder, halvtid och byte av person.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.healthTab), QCoreApplication.translate("FollowUpPage", u"F\u00f6rh\u00e5llningss\u00e4tten \u00f6ver tid", None))
#if QT_CONFIG(accessibility)
        self.greyzoneTable.setAccessibleName(QCoreApplication.translate("FollowUpPage", u"Gr\u00e5zonsloggen", None))
#endif // QT_CONFIG(accessibility)
        self.entryBox.setTitle(QCoreApplication.translate("FollowUpPage", u"Vald fr\u00e5ga", None))
        self.questionLabel.setText(QCoreApplication.translate("FollowUpPage", u"&Fr\u00e5gan:", None))
        self.raisedLabel.setText(QCoreApplication.translate("FollowUpPage", u"&Datum:", None))
        self.raisedEdit.setDisplayFormat(QCoreApplication.translate("FollowUpPage", u"yyyy-MM-dd", None))
        self.classLabel.setText(QCoreApplication.translate("FollowUpPage", u"V&ems fr\u00e5ga blev det:", None))
        self.decidedLabel.setText(QCoreApplication.translate("FollowUpPage", u"Vem besl&utade:", None))
        self.learnedLabel.setText(QCoreApplication.translate("FollowUpPage", u"Vad vi &l\u00e4rde oss:", None))
        self.addEntryButton.setText(QCoreApplication.translate("FollowUpPage", u"&Ny fr\u00e5ga i gr\u00e5zonen\u2026", None))
        self.deleteEntryButton.setText(QCoreApplication.translate("FollowUpPage", u"Flytta till &papperskorgen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.greyzoneTab), QCoreApplication.translate("FollowUpPage", u"Gr\u00e5zonen", None))
        pass
    # retranslateUi

