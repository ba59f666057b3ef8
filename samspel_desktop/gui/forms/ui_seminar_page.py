# Generated from ui/seminar_page.ui by packaging/compile_forms.py – do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTabWidget, QTableWidget, QToolButton, QVBoxLayout, QWidget)

from samspel_desktop.gui.widgets import (CompactTextEdit, DateEdit)

class Ui_SeminarPage(object):
    def setupUi(self, SeminarPage):
        if not SeminarPage.objectName():
            SeminarPage.setObjectName(u"SeminarPage")
        self.pageLayout = QVBoxLayout(SeminarPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(SeminarPage)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.seminarLabel = QLabel(SeminarPage)
        self.seminarLabel.setObjectName(u"seminarLabel")

        self.headerLayout.addWidget(self.seminarLabel)

        self.seminarCombo = QComboBox(SeminarPage)
        self.seminarCombo.setObjectName(u"seminarCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.seminarCombo.sizePolicy().hasHeightForWidth())
        self.seminarCombo.setSizePolicy(sizePolicy)
        self.seminarCombo.setMinimumContentsLength(20)

        self.headerLayout.addWidget(self.seminarCombo)

        self.newSeminarButton = QPushButton(SeminarPage)
        self.newSeminarButton.setObjectName(u"newSeminarButton")

        self.headerLayout.addWidget(self.newSeminarButton)

        self.importButton = QPushButton(SeminarPage)
        self.importButton.setObjectName(u"importButton")

        self.headerLayout.addWidget(self.importButton)

        self.exportButton = QToolButton(SeminarPage)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.headerLayout.addWidget(self.exportButton)

        self.summaryButton = QPushButton(SeminarPage)
        self.summaryButton.setObjectName(u"summaryButton")

        self.headerLayout.addWidget(self.summaryButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(SeminarPage)
        self.tabs.setObjectName(u"tabs")
        self.runTab = QWidget()
        self.runTab.setObjectName(u"runTab")
        self.runLayout = QVBoxLayout(self.runTab)
        self.runLayout.setObjectName(u"runLayout")
        self.navigationLayout = QHBoxLayout()
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.previousButton = QPushButton(self.runTab)
        self.previousButton.setObjectName(u"previousButton")

        self.navigationLayout.addWidget(self.previousButton)

        self.positionLabel = QLabel(self.runTab)
        self.positionLabel.setObjectName(u"positionLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.positionLabel.sizePolicy().hasHeightForWidth())
        self.positionLabel.setSizePolicy(sizePolicy1)
        self.positionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.navigationLayout.addWidget(self.positionLabel)

        self.nextButton = QPushButton(self.runTab)
        self.nextButton.setObjectName(u"nextButton")

        self.navigationLayout.addWidget(self.nextButton)


        self.runLayout.addLayout(self.navigationLayout)

        self.questionLabel = QLabel(self.runTab)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)
        self.questionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.runLayout.addWidget(self.questionLabel)

        self.guidanceLabel = QLabel(self.runTab)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setWordWrap(True)

        self.runLayout.addWidget(self.guidanceLabel)

        self.timerFrame = QFrame(self.runTab)
        self.timerFrame.setObjectName(u"timerFrame")
        self.timerFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.timerLayout = QGridLayout(self.timerFrame)
        self.timerLayout.setObjectName(u"timerLayout")
        self.timerLabel = QLabel(self.timerFrame)
        self.timerLabel.setObjectName(u"timerLabel")
        self.timerLabel.setMinimumSize(QSize(150, 0))

        self.timerLayout.addWidget(self.timerLabel, 0, 0, 2, 1)

        self.minutesLabel = QLabel(self.timerFrame)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.timerLayout.addWidget(self.minutesLabel, 0, 1, 1, 1)

        self.minutesSpin = QSpinBox(self.timerFrame)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMinimum(1)
        self.minutesSpin.setMaximum(180)
        self.minutesSpin.setValue(10)

        self.timerLayout.addWidget(self.minutesSpin, 0, 2, 1, 1)

        self.startButton = QPushButton(self.timerFrame)
        self.startButton.setObjectName(u"startButton")

        self.timerLayout.addWidget(self.startButton, 0, 3, 1, 1)

        self.addOneButton = QPushButton(self.timerFrame)
        self.addOneButton.setObjectName(u"addOneButton")

        self.timerLayout.addWidget(self.addOneButton, 0, 4, 1, 1)

        self.addFiveButton = QPushButton(self.timerFrame)
        self.addFiveButton.setObjectName(u"addFiveButton")

        self.timerLayout.addWidget(self.addFiveButton, 0, 5, 1, 1)

        self.resetButton = QPushButton(self.timerFrame)
        self.resetButton.setObjectName(u"resetButton")

        self.timerLayout.addWidget(self.resetButton, 0, 6, 1, 1)

        self.timerStateLabel = QLabel(self.timerFrame)
        self.timerStateLabel.setObjectName(u"timerStateLabel")

        self.timerLayout.addWidget(self.timerStateLabel, 1, 1, 1, 2)

        self.projectorButton = QPushButton(self.timerFrame)
        self.projectorButton.setObjectName(u"projectorButton")
        self.projectorButton.setCheckable(True)

        self.timerLayout.addWidget(self.projectorButton, 1, 3, 1, 1)

        self.screenCombo = QComboBox(self.timerFrame)
        self.screenCombo.setObjectName(u"screenCombo")

        self.timerLayout.addWidget(self.screenCombo, 1, 4, 1, 2)

        self.showGuidanceCheck = QCheckBox(self.timerFrame)
        self.showGuidanceCheck.setObjectName(u"showGuidanceCheck")

        self.timerLayout.addWidget(self.showGuidanceCheck, 1, 6, 1, 2)

        self.timerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timerLayout.addItem(self.timerSpacer, 0, 7, 1, 1)

        self.timerLayout.setColumnStretch(7, 1)

        self.runLayout.addWidget(self.timerFrame)

        self.answersSplitter = QSplitter(parent=self.runTab)
        self.answersSplitter.setObjectName(u"answersSplitter")
        self.answersSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.answersSplitter.setChildrenCollapsible(False)
        self.groupsArea = QScrollArea(self.answersSplitter)
        self.groupsArea.setObjectName(u"groupsArea")
        self.groupsArea.setWidgetResizable(True)
        self.groupsHost = QWidget()
        self.groupsHost.setObjectName(u"groupsHost")
        self.groupsLayout = QGridLayout(self.groupsHost)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.groupsArea.setWidget(self.groupsHost)
        self.answersSplitter.addWidget(self.groupsArea)
        self.synthesisPane = QWidget(self.answersSplitter)
        self.synthesisPane.setObjectName(u"synthesisPane")
        self.synthesisLayout = QVBoxLayout(self.synthesisPane)
        self.synthesisLayout.setObjectName(u"synthesisLayout")
        self.synthesisLayout.setContentsMargins(0, 0, 0, 0)
        self.synthesisLabel = QLabel(self.synthesisPane)
        self.synthesisLabel.setObjectName(u"synthesisLabel")
        self.synthesisLabel.setWordWrap(True)

        self.synthesisLayout.addWidget(self.synthesisLabel)

        self.synthesisEdit = CompactTextEdit(self.synthesisPane)
        self.synthesisEdit.setObjectName(u"synthesisEdit")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.synthesisEdit.sizePolicy().hasHeightForWidth())
        self.synthesisEdit.setSizePolicy(sizePolicy2)

        self.synthesisLayout.addWidget(self.synthesisEdit)

        self.answersSplitter.addWidget(self.synthesisPane)

        self.runLayout.addWidget(self.answersSplitter)

        self.tabs.addTab(self.runTab, "")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.titleEditLabel = QLabel(self.detailsTab)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(self.detailsTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dateLabel = QLabel(self.detailsTab)
        self.dateLabel.setObjectName(u"dateLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(self.detailsTab)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.placeLabel = QLabel(self.detailsTab)
        self.placeLabel.setObjectName(u"placeLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.detailsTab)
        self.placeEdit.setObjectName(u"placeEdit")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.facilitatorLabel = QLabel(self.detailsTab)
        self.facilitatorLabel.setObjectName(u"facilitatorLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.facilitatorLabel)

        self.facilitatorEdit = QLineEdit(self.detailsTab)
        self.facilitatorEdit.setObjectName(u"facilitatorEdit")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.facilitatorEdit)

        self.guideCaption = QLabel(self.detailsTab)
        self.guideCaption.setObjectName(u"guideCaption")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.guideCaption)

        self.guideLabel = QLabel(self.detailsTab)
        self.guideLabel.setObjectName(u"guideLabel")
        self.guideLabel.setWordWrap(True)
        self.guideLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.guideLabel)


        self.detailsLayout.addLayout(self.detailsForm)

        self.groupsLabel = QLabel(self.detailsTab)
        self.groupsLabel.setObjectName(u"groupsLabel")
        self.groupsLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.groupsLabel)

        self.groupsTable = QTableWidget(self.detailsTab)
        self.groupsTable.setObjectName(u"groupsTable")

        self.detailsLayout.addWidget(self.groupsTable)

        self.groupButtons = QHBoxLayout()
        self.groupButtons.setObjectName(u"groupButtons")
        self.addGroupButton = QPushButton(self.detailsTab)
        self.addGroupButton.setObjectName(u"addGroupButton")

        self.groupButtons.addWidget(self.addGroupButton)

        self.removeGroupButton = QPushButton(self.detailsTab)
        self.removeGroupButton.setObjectName(u"removeGroupButton")

        self.groupButtons.addWidget(self.removeGroupButton)

        self.groupUpButton = QToolButton(self.detailsTab)
        self.groupUpButton.setObjectName(u"groupUpButton")

        self.groupButtons.addWidget(self.groupUpButton)

        self.groupDownButton = QToolButton(self.detailsTab)
        self.groupDownButton.setObjectName(u"groupDownButton")

        self.groupButtons.addWidget(self.groupDownButton)

        self.groupButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groupButtons.addItem(self.groupButtonsSpacer)


        self.detailsLayout.addLayout(self.groupButtons)

        self.detailsMessage = QLabel(self.detailsTab)
        self.detailsMessage.setObjectName(u"detailsMessage")
        self.detailsMessage.setWordWrap(True)

        self.detailsLayout.addWidget(self.detailsMessage)

        self.tabs.addTab(self.detailsTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.seminarLabel.setBuddy(self.seminarCombo)
        self.minutesLabel.setBuddy(self.minutesSpin)
        self.synthesisLabel.setBuddy(self.synthesisEdit)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.facilitatorLabel.setBuddy(self.facilitatorEdit)
        self.groupsLabel.setBuddy(self.groupsTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SeminarPage)

        QMetaObject.connectSlotsByName(SeminarPage)
    # setupUi

    def retranslateUi(self, SeminarPage):
        self.backButton.setText(QCoreApplication.translate("SeminarPage", u"\u2190 &Startsidan", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("SeminarPage", u"Tillbaka till startsidan (Alt+Home)", None))
#endif // QT_CONFIG(tooltip)
        self.seminarLabel.setText(QCoreApplication.translate("SeminarPage", u"S&eminarium:", None))
        self.newSeminarButton.setText(QCoreApplication.translate("SeminarPage", u"&Nytt seminarium\u2026", None))
        self.importButton.setText(QCoreApplication.translate("SeminarPage", u"&Importera svar\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("SeminarPage", u"L\u00e4s in en seminariefil: gruppernas svar fr\u00e5n deras datorer, eller ett seminarium som processledaren har delat ut", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("SeminarPage", u"E&xportera", None))
        self.summaryButton.setText(QCoreApplication.translate("SeminarPage", u"Sa&mmanst\u00e4llning till Word\u2026", None))
        self.previousButton.setText(QCoreApplication.translate("SeminarPage", u"\u2190 &F\u00f6reg\u00e5ende", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("SeminarPage", u"F\u00f6reg\u00e5ende fr\u00e5ga (Ctrl+Page Up)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("SeminarPage", u"N&\u00e4sta \u2192", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("SeminarPage", u"N\u00e4sta fr\u00e5ga (Ctrl+Page Down)", None))
#endif // QT_CONFIG(tooltip)
        self.timerLabel.setText(QCoreApplication.translate("SeminarPage", u"10:00", None))
#if QT_CONFIG(accessibility)
        self.timerLabel.setAccessibleName(QCoreApplication.translate("SeminarPage", u"Tid kvar", None))
#endif // QT_CONFIG(accessibility)
        self.minutesLabel.setText(QCoreApplication.translate("SeminarPage", u"&Tid f\u00f6r fr\u00e5gan:", None))
        self.minutesSpin.setSuffix(QCoreApplication.translate("SeminarPage", u" min", None))
        self.startButton.setText(QCoreApplication.translate("SeminarPage", u"Starta", None))
        self.addOneButton.setText(QCoreApplication.translate("SeminarPage", u"+1 min", None))
        self.addFiveButton.setText(QCoreApplication.translate("SeminarPage", u"+5 min", None))
        self.resetButton.setText(QCoreApplication.translate("SeminarPage", u"B\u00f6rja om", None))
        self.projectorButton.setText(QCoreApplication.translate("SeminarPage", u"&Projektorvy", None))
#if QT_CONFIG(tooltip)
        self.projectorButton.setToolTip(QCoreApplication.translate("SeminarPage", u"Visa fr\u00e5gan och tiden i helsk\u00e4rm p\u00e5 den valda sk\u00e4rmen (Esc st\u00e4nger)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.screenCombo.setAccessibleName(QCoreApplication.translate("SeminarPage", u"Sk\u00e4rm f\u00f6r projektorvyn", None))
#endif // QT_CONFIG(accessibility)
        self.showGuidanceCheck.setText(QCoreApplication.translate("SeminarPage", u"V\u00e4g&ledning p\u00e5 projektorn", None))
        self.synthesisLabel.setText(QCoreApplication.translate("SeminarPage", u"S&yntes \u2013 det gemensamma ur gruppernas svar:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.runTab), QCoreApplication.translate("SeminarPage", u"&Genomf\u00f6rande", None))
        self.titleEditLabel.setText(QCoreApplication.translate("SeminarPage", u"&Titel:", None))
        self.dateLabel.setText(QCoreApplication.translate("SeminarPage", u"&Datum:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("SeminarPage", u"yyyy-MM-dd", None))
        self.placeLabel.setText(QCoreApplication.translate("SeminarPage", u"&Plats:", None))
        self.facilitatorLabel.setText(QCoreApplication.translate("SeminarPage", u"P&rocessledare:", None))
        self.guideCaption.setText(QCoreApplication.translate("SeminarPage", u"Samtalsguide:", None))
        self.groupsLabel.setText(QCoreApplication.translate("SeminarPage", u"Gr&upperna \u2013 ett par, eller ett bord med flera personer. Skriv deltagarna som \u201dAnna Berg (KSO), Karl Ek (KD)\u201d.", None))
#if QT_CONFIG(accessibility)
        self.groupsTable.setAccessibleName(QCoreApplication.translate("SeminarPage", u"Grupperna", None))
#endif // QT_CONFIG(accessibility)
        self.addGroupButton.setText(QCoreApplication.translate("SeminarPage", u"&L\u00e4gg till grupp", None))
        self.removeGroupButton.setText(QCoreApplication.translate("SeminarPage", u"Ta &bort gruppen", None))
        self.groupUpButton.setText(QCoreApplication.translate("SeminarPage", u"\u2191", None))
#if QT_CONFIG(accessibility)
        self.groupUpButton.setAccessibleName(QCoreApplication.translate("SeminarPage", u"Flytta gruppen upp", None))
#endif // QT_CONFIG(accessibility)
        self.groupDownButton.setText(QCoreApplication.translate("SeminarPage", u"\u2193", None))
#if QT_CONFIG(accessibility)
        self.groupDownButton.setAccessibleName(QCoreApplication.translate("SeminarPage", u"Flytta gruppen ned", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("SeminarPage", u"Seminariet &och grupperna", None))
        pass
    # retranslateUi

