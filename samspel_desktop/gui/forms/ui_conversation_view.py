# Generated from ui/conversation_view.ui by packaging/compile_forms.py – do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget)

from samspel_desktop.gui.widgets import (CompactTextEdit, DateEdit, ElidingComboBox, WrappingTree)

class Ui_ConversationView(object):
    def setupUi(self, ConversationView):
        if not ConversationView.objectName():
            ConversationView.setObjectName(u"ConversationView")
        self.viewLayout = QVBoxLayout(ConversationView)
        self.viewLayout.setObjectName(u"viewLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(ConversationView)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.titleLabel = QLabel(ConversationView)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)

        self.headerLayout.addWidget(self.titleLabel)

        self.minutesButton = QPushButton(ConversationView)
        self.minutesButton.setObjectName(u"minutesButton")

        self.headerLayout.addWidget(self.minutesButton)

        self.greyzoneButton = QPushButton(ConversationView)
        self.greyzoneButton.setObjectName(u"greyzoneButton")

        self.headerLayout.addWidget(self.greyzoneButton)

        self.statusLabel = QLabel(ConversationView)
        self.statusLabel.setObjectName(u"statusLabel")

        self.headerLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(ConversationView)
        self.statusCombo.setObjectName(u"statusCombo")

        self.headerLayout.addWidget(self.statusCombo)


        self.viewLayout.addLayout(self.headerLayout)

        self.errorBanner = QLabel(ConversationView)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setVisible(False)

        self.viewLayout.addWidget(self.errorBanner)

        self.splitter = QSplitter(parent=ConversationView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.questionsPane = QWidget(self.splitter)
        self.questionsPane.setObjectName(u"questionsPane")
        self.questionsLayout = QVBoxLayout(self.questionsPane)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.questionsLayout.setContentsMargins(0, 0, 0, 0)
        self.questionsLabel = QLabel(self.questionsPane)
        self.questionsLabel.setObjectName(u"questionsLabel")

        self.questionsLayout.addWidget(self.questionsLabel)

        self.questionTree = WrappingTree(self.questionsPane)
        self.questionTree.setObjectName(u"questionTree")
        self.questionTree.setHeaderHidden(True)
        self.questionTree.setWordWrap(True)

        self.questionsLayout.addWidget(self.questionTree)

        self.progressLabel = QLabel(self.questionsPane)
        self.progressLabel.setObjectName(u"progressLabel")

        self.questionsLayout.addWidget(self.progressLabel)

        self.splitter.addWidget(self.questionsPane)
        self.questionScroll = QScrollArea(self.splitter)
        self.questionScroll.setObjectName(u"questionScroll")
        self.questionScroll.setWidgetResizable(True)
        self.questionScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.questionPane = QWidget()
        self.questionPane.setObjectName(u"questionPane")
        self.questionLayout = QVBoxLayout(self.questionPane)
        self.questionLayout.setObjectName(u"questionLayout")
        self.positionLabel = QLabel(self.questionPane)
        self.positionLabel.setObjectName(u"positionLabel")

        self.questionLayout.addWidget(self.positionLabel)

        self.questionLabel = QLabel(self.questionPane)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)
        self.questionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.questionLayout.addWidget(self.questionLabel)

        self.sourceLabel = QLabel(self.questionPane)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)

        self.questionLayout.addWidget(self.sourceLabel)

        self.quotesLabel = QLabel(self.questionPane)
        self.quotesLabel.setObjectName(u"quotesLabel")
        self.quotesLabel.setWordWrap(True)
        self.quotesLabel.setTextFormat(Qt.TextFormat.RichText)
        self.quotesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.questionLayout.addWidget(self.quotesLabel)

        self.guidanceToggle = QToolButton(self.questionPane)
        self.guidanceToggle.setObjectName(u"guidanceToggle")
        self.guidanceToggle.setCheckable(True)
        self.guidanceToggle.setChecked(True)
        self.guidanceToggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.guidanceToggle.setAutoRaise(True)

        self.questionLayout.addWidget(self.guidanceToggle)

        self.guidanceLabel = QLabel(self.questionPane)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setWordWrap(True)

        self.questionLayout.addWidget(self.guidanceLabel)

        self.ratingHost = QWidget(self.questionPane)
        self.ratingHost.setObjectName(u"ratingHost")
        self.ratingHostLayout = QVBoxLayout(self.ratingHost)
        self.ratingHostLayout.setObjectName(u"ratingHostLayout")
        self.ratingHostLayout.setContentsMargins(0, 0, 0, 0)

        self.questionLayout.addWidget(self.ratingHost)

        self.politicalLabel = QLabel(self.questionPane)
        self.politicalLabel.setObjectName(u"politicalLabel")
        self.politicalLabel.setWordWrap(True)

        self.questionLayout.addWidget(self.politicalLabel)

        self.politicalEdit = CompactTextEdit(self.questionPane)
        self.politicalEdit.setObjectName(u"politicalEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.politicalEdit.sizePolicy().hasHeightForWidth())
        self.politicalEdit.setSizePolicy(sizePolicy1)

        self.questionLayout.addWidget(self.politicalEdit)

        self.executiveLabel = QLabel(self.questionPane)
        self.executiveLabel.setObjectName(u"executiveLabel")
        self.executiveLabel.setWordWrap(True)

        self.questionLayout.addWidget(self.executiveLabel)

        self.executiveEdit = CompactTextEdit(self.questionPane)
        self.executiveEdit.setObjectName(u"executiveEdit")
        sizePolicy1.setHeightForWidth(self.executiveEdit.sizePolicy().hasHeightForWidth())
        self.executiveEdit.setSizePolicy(sizePolicy1)

        self.questionLayout.addWidget(self.executiveEdit)

        self.conclusionLabel = QLabel(self.questionPane)
        self.conclusionLabel.setObjectName(u"conclusionLabel")

        self.questionLayout.addWidget(self.conclusionLabel)

        self.conclusionEdit = CompactTextEdit(self.questionPane)
        self.conclusionEdit.setObjectName(u"conclusionEdit")
        sizePolicy1.setHeightForWidth(self.conclusionEdit.sizePolicy().hasHeightForWidth())
        self.conclusionEdit.setSizePolicy(sizePolicy1)

        self.questionLayout.addWidget(self.conclusionEdit)

        self.agreementLayout = QVBoxLayout()
        self.agreementLayout.setObjectName(u"agreementLayout")
        self.toAgreementCheck = QCheckBox(self.questionPane)
        self.toAgreementCheck.setObjectName(u"toAgreementCheck")

        self.agreementLayout.addWidget(self.toAgreementCheck)

        self.sectionCombo = ElidingComboBox(self.questionPane)
        self.sectionCombo.setObjectName(u"sectionCombo")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.sectionCombo.sizePolicy().hasHeightForWidth())
        self.sectionCombo.setSizePolicy(sizePolicy2)

        self.agreementLayout.addWidget(self.sectionCombo)


        self.questionLayout.addLayout(self.agreementLayout)

        self.navigationLayout = QHBoxLayout()
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.previousButton = QPushButton(self.questionPane)
        self.previousButton.setObjectName(u"previousButton")

        self.navigationLayout.addWidget(self.previousButton)

        self.navigationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navigationLayout.addItem(self.navigationSpacer)

        self.nextButton = QPushButton(self.questionPane)
        self.nextButton.setObjectName(u"nextButton")

        self.navigationLayout.addWidget(self.nextButton)


        self.questionLayout.addLayout(self.navigationLayout)

        self.questionScroll.setWidget(self.questionPane)
        self.splitter.addWidget(self.questionScroll)
        self.sideTabs = QTabWidget(self.splitter)
        self.sideTabs.setObjectName(u"sideTabs")
        self.commitmentsTab = QWidget()
        self.commitmentsTab.setObjectName(u"commitmentsTab")
        self.commitmentsLayout = QVBoxLayout(self.commitmentsTab)
        self.commitmentsLayout.setObjectName(u"commitmentsLayout")
        self.commitmentTree = WrappingTree(self.commitmentsTab)
        self.commitmentTree.setObjectName(u"commitmentTree")
        self.commitmentTree.setRootIsDecorated(False)
        self.commitmentTree.setWordWrap(True)
        self.commitmentTree.setAlternatingRowColors(True)
        self.commitmentTree.setHeaderHidden(True)

        self.commitmentsLayout.addWidget(self.commitmentTree)

        self.followUpLayout = QGridLayout()
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.doneButton = QPushButton(self.commitmentsTab)
        self.doneButton.setObjectName(u"doneButton")

        self.followUpLayout.addWidget(self.doneButton, 0, 0, 1, 1)

        self.keepOpenButton = QPushButton(self.commitmentsTab)
        self.keepOpenButton.setObjectName(u"keepOpenButton")

        self.followUpLayout.addWidget(self.keepOpenButton, 0, 1, 1, 1)

        self.dropButton = QPushButton(self.commitmentsTab)
        self.dropButton.setObjectName(u"dropButton")

        self.followUpLayout.addWidget(self.dropButton, 1, 0, 1, 1)

        self.editCommitmentButton = QPushButton(self.commitmentsTab)
        self.editCommitmentButton.setObjectName(u"editCommitmentButton")

        self.followUpLayout.addWidget(self.editCommitmentButton, 1, 1, 1, 1)


        self.commitmentsLayout.addLayout(self.followUpLayout)

        self.newCommitmentBox = QGroupBox(self.commitmentsTab)
        self.newCommitmentBox.setObjectName(u"newCommitmentBox")
        self.newCommitmentLayout = QFormLayout(self.newCommitmentBox)
        self.newCommitmentLayout.setObjectName(u"newCommitmentLayout")
        self.whatLabel = QLabel(self.newCommitmentBox)
        self.whatLabel.setObjectName(u"whatLabel")

        self.newCommitmentLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whatLabel)

        self.whatEdit = QLineEdit(self.newCommitmentBox)
        self.whatEdit.setObjectName(u"whatEdit")

        self.newCommitmentLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whatEdit)

        self.ownerLabel = QLabel(self.newCommitmentBox)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.newCommitmentLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(self.newCommitmentBox)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.newCommitmentLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.dueCheck = QCheckBox(self.newCommitmentBox)
        self.dueCheck.setObjectName(u"dueCheck")

        self.newCommitmentLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueCheck)

        self.dueDateEdit = DateEdit(self.newCommitmentBox)
        self.dueDateEdit.setObjectName(u"dueDateEdit")
        self.dueDateEdit.setCalendarPopup(True)

        self.newCommitmentLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueDateEdit)

        self.addCommitmentButton = QPushButton(self.newCommitmentBox)
        self.addCommitmentButton.setObjectName(u"addCommitmentButton")

        self.newCommitmentLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addCommitmentButton)


        self.commitmentsLayout.addWidget(self.newCommitmentBox)

        self.sideTabs.addTab(self.commitmentsTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLabel = QLabel(self.notesTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.notesTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)

        self.nextMeetingLayout = QHBoxLayout()
        self.nextMeetingLayout.setObjectName(u"nextMeetingLayout")
        self.nextMeetingCheck = QCheckBox(self.notesTab)
        self.nextMeetingCheck.setObjectName(u"nextMeetingCheck")

        self.nextMeetingLayout.addWidget(self.nextMeetingCheck)

        self.nextMeetingEdit = DateEdit(self.notesTab)
        self.nextMeetingEdit.setObjectName(u"nextMeetingEdit")
        self.nextMeetingEdit.setCalendarPopup(True)

        self.nextMeetingLayout.addWidget(self.nextMeetingEdit)

        self.nextMeetingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nextMeetingLayout.addItem(self.nextMeetingSpacer)


        self.notesLayout.addLayout(self.nextMeetingLayout)

        self.presentLabel = QLabel(self.notesTab)
        self.presentLabel.setObjectName(u"presentLabel")

        self.notesLayout.addWidget(self.presentLabel)

        self.presentEdit = QPlainTextEdit(self.notesTab)
        self.presentEdit.setObjectName(u"presentEdit")
        self.presentEdit.setTabChangesFocus(True)
        self.presentEdit.setMaximumSize(QSize(16777215, 100))

        self.notesLayout.addWidget(self.presentEdit)

        self.sideTabs.addTab(self.notesTab, "")
        self.splitter.addWidget(self.sideTabs)

        self.viewLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.questionsLabel.setBuddy(self.questionTree)
        self.politicalLabel.setBuddy(self.politicalEdit)
        self.executiveLabel.setBuddy(self.executiveEdit)
        self.conclusionLabel.setBuddy(self.conclusionEdit)
        self.whatLabel.setBuddy(self.whatEdit)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.notesLabel.setBuddy(self.notesEdit)
        self.presentLabel.setBuddy(self.presentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.politicalEdit, self.executiveEdit)
        QWidget.setTabOrder(self.executiveEdit, self.conclusionEdit)
        QWidget.setTabOrder(self.conclusionEdit, self.toAgreementCheck)
        QWidget.setTabOrder(self.toAgreementCheck, self.sectionCombo)
        QWidget.setTabOrder(self.sectionCombo, self.previousButton)
        QWidget.setTabOrder(self.previousButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.questionTree)
        QWidget.setTabOrder(self.questionTree, self.sideTabs)
        QWidget.setTabOrder(self.sideTabs, self.commitmentTree)
        QWidget.setTabOrder(self.commitmentTree, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.keepOpenButton)
        QWidget.setTabOrder(self.keepOpenButton, self.dropButton)
        QWidget.setTabOrder(self.dropButton, self.editCommitmentButton)
        QWidget.setTabOrder(self.editCommitmentButton, self.whatEdit)
        QWidget.setTabOrder(self.whatEdit, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.dueCheck)
        QWidget.setTabOrder(self.dueCheck, self.dueDateEdit)
        QWidget.setTabOrder(self.dueDateEdit, self.addCommitmentButton)
        QWidget.setTabOrder(self.addCommitmentButton, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.nextMeetingCheck)
        QWidget.setTabOrder(self.nextMeetingCheck, self.nextMeetingEdit)
        QWidget.setTabOrder(self.nextMeetingEdit, self.presentEdit)
        QWidget.setTabOrder(self.presentEdit, self.backButton)
        QWidget.setTabOrder(self.backButton, self.minutesButton)
        QWidget.setTabOrder(self.minutesButton, self.greyzoneButton)
        QWidget.setTabOrder(self.greyzoneButton, self.statusCombo)

        self.retranslateUi(ConversationView)

        QMetaObject.connectSlotsByName(ConversationView)
    # setupUi

    def retranslateUi(self, ConversationView):
        self.backButton.setText(QCoreApplication.translate("ConversationView", u"\u2190 &Startsidan", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("ConversationView", u"Tillbaka till startsidan (Alt+Home)", None))
#endif // QT_CONFIG(tooltip)
        self.minutesButton.setText(QCoreApplication.translate("ConversationView", u"&Minnesanteckningar\u2026", None))
#if QT_CONFIG(tooltip)
        self.minutesButton.setToolTip(QCoreApplication.translate("ConversationView", u"Spara samtalets minnesanteckningar som Word-dokument", None))
#endif // QT_CONFIG(tooltip)
        self.greyzoneButton.setText(QCoreApplication.translate("ConversationView", u"Fr\u00e5ga i &gr\u00e5zonen\u2026", None))
#if QT_CONFIG(tooltip)
        self.greyzoneButton.setToolTip(QCoreApplication.translate("ConversationView", u"Anteckna en fr\u00e5ga d\u00e4r det var oklart vem som har ansvaret (gr\u00e5zonen)", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText(QCoreApplication.translate("ConversationView", u"S&tatus:", None))
        self.questionsLabel.setText(QCoreApplication.translate("ConversationView", u"Fr\u00e5gor", None))
        ___qtreewidgetitem = self.questionTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ConversationView", u"Fr\u00e5ga", None))
#if QT_CONFIG(accessibility)
        self.questionTree.setAccessibleName(QCoreApplication.translate("ConversationView", u"Alla fr\u00e5gor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.quotesLabel.setAccessibleName(QCoreApplication.translate("ConversationView", u"Citat ur k\u00e4llorna", None))
#endif // QT_CONFIG(accessibility)
        self.guidanceToggle.setText(QCoreApplication.translate("ConversationView", u"V\u00e4gledn&ing", None))
        self.conclusionLabel.setText(QCoreApplication.translate("ConversationView", u"Gemensam sl&utsats", None))
        self.toAgreementCheck.setText(QCoreApplication.translate("ConversationView", u"Till &\u00f6verenskommelsen, avsnitt:", None))
#if QT_CONFIG(accessibility)
        self.sectionCombo.setAccessibleName(QCoreApplication.translate("ConversationView", u"Avsnitt i \u00f6verenskommelsen", None))
#endif // QT_CONFIG(accessibility)
        self.previousButton.setText(QCoreApplication.translate("ConversationView", u"\u2190 F\u00f6reg\u00e5ende", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("ConversationView", u"F\u00f6reg\u00e5ende fr\u00e5ga (Ctrl+PgUp)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("ConversationView", u"N\u00e4sta \u2192", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("ConversationView", u"N\u00e4sta fr\u00e5ga (Ctrl+PgDown)", None))
#endif // QT_CONFIG(tooltip)
        ___qtreewidgetitem1 = self.commitmentTree.headerItem()
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("ConversationView", u"\u00c5tagande", None))
#if QT_CONFIG(accessibility)
        self.commitmentTree.setAccessibleName(QCoreApplication.translate("ConversationView", u"\u00c5taganden", None))
#endif // QT_CONFIG(accessibility)
        self.doneButton.setText(QCoreApplication.translate("ConversationView", u"&Klart", None))
        self.keepOpenButton.setText(QCoreApplication.translate("ConversationView", u"&Beh\u00e5ll \u00f6ppet", None))
        self.dropButton.setText(QCoreApplication.translate("ConversationView", u"Str&yk\u2026", None))
        self.editCommitmentButton.setText(QCoreApplication.translate("ConversationView", u"\u00c4n&dra\u2026", None))
#if QT_CONFIG(tooltip)
        self.editCommitmentButton.setToolTip(QCoreApplication.translate("ConversationView", u"R\u00e4tta \u00e5tagandets text, vem som \u00e4ger det och datum (eller dubbelklicka i listan)", None))
#endif // QT_CONFIG(tooltip)
        self.newCommitmentBox.setTitle(QCoreApplication.translate("ConversationView", u"Nytt \u00e5tagande", None))
        self.whatLabel.setText(QCoreApplication.translate("ConversationView", u"&\u00c5tagande:", None))
        self.ownerLabel.setText(QCoreApplication.translate("ConversationView", u"V&em:", None))
        self.dueCheck.setText(QCoreApplication.translate("ConversationView", u"Klart se&nast:", None))
        self.dueDateEdit.setDisplayFormat(QCoreApplication.translate("ConversationView", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.dueDateEdit.setAccessibleName(QCoreApplication.translate("ConversationView", u"Klart senast", None))
#endif // QT_CONFIG(accessibility)
        self.addCommitmentButton.setText(QCoreApplication.translate("ConversationView", u"&L\u00e4gg till \u00e5tagande", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.commitmentsTab), QCoreApplication.translate("ConversationView", u"\u00c5taganden", None))
        self.notesLabel.setText(QCoreApplication.translate("ConversationView", u"Fria a&nteckningar", None))
        self.nextMeetingCheck.setText(QCoreApplication.translate("ConversationView", u"N&\u00e4sta samtal:", None))
        self.nextMeetingEdit.setDisplayFormat(QCoreApplication.translate("ConversationView", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.nextMeetingEdit.setAccessibleName(QCoreApplication.translate("ConversationView", u"Datum f\u00f6r n\u00e4sta samtal", None))
#endif // QT_CONFIG(accessibility)
        self.presentLabel.setText(QCoreApplication.translate("ConversationView", u"N\u00e4rvarande (&en per rad)", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.notesTab), QCoreApplication.translate("ConversationView", u"Anteckningar", None))
        pass
    # retranslateUi

