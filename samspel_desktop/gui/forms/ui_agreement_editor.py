# Generated from ui/agreement_editor.ui by packaging/compile_forms.py – do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSplitter, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from samspel_desktop.gui.rich_text_edit import AgreementTextEdit

class Ui_AgreementEditor(object):
    def setupUi(self, AgreementEditor):
        if not AgreementEditor.objectName():
            AgreementEditor.setObjectName(u"AgreementEditor")
        AgreementEditor.resize(1366, 768)
        self.rootLayout = QVBoxLayout(AgreementEditor)
        self.rootLayout.setObjectName(u"rootLayout")
        self.topLayout = QVBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.versionLabel = QLabel(AgreementEditor)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.versionLabel.sizePolicy().hasHeightForWidth())
        self.versionLabel.setSizePolicy(sizePolicy)

        self.titleLayout.addWidget(self.versionLabel)


        self.topLayout.addLayout(self.titleLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.templateCombo = QComboBox(AgreementEditor)
        self.templateCombo.setObjectName(u"templateCombo")

        self.actionsLayout.addWidget(self.templateCombo)

        self.startButton = QPushButton(AgreementEditor)
        self.startButton.setObjectName(u"startButton")

        self.actionsLayout.addWidget(self.startButton)

        self.importButton = QPushButton(AgreementEditor)
        self.importButton.setObjectName(u"importButton")

        self.actionsLayout.addWidget(self.importButton)

        self.newDraftButton = QPushButton(AgreementEditor)
        self.newDraftButton.setObjectName(u"newDraftButton")

        self.actionsLayout.addWidget(self.newDraftButton)

        self.decisionButton = QPushButton(AgreementEditor)
        self.decisionButton.setObjectName(u"decisionButton")

        self.actionsLayout.addWidget(self.decisionButton)

        self.exportButton = QPushButton(AgreementEditor)
        self.exportButton.setObjectName(u"exportButton")

        self.actionsLayout.addWidget(self.exportButton)

        self.statusLabel = QLabel(AgreementEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy1)

        self.actionsLayout.addWidget(self.statusLabel)


        self.topLayout.addLayout(self.actionsLayout)


        self.rootLayout.addLayout(self.topLayout)

        self.splitter = QSplitter(parent=AgreementEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.sectionPane = QWidget(self.splitter)
        self.sectionPane.setObjectName(u"sectionPane")
        self.sectionLayout = QVBoxLayout(self.sectionPane)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.sectionLayout.setContentsMargins(0, 0, 0, 0)
        self.sectionsHeading = QLabel(self.sectionPane)
        self.sectionsHeading.setObjectName(u"sectionsHeading")

        self.sectionLayout.addWidget(self.sectionsHeading)

        self.sectionList = QListWidget(self.sectionPane)
        self.sectionList.setObjectName(u"sectionList")
        self.sectionList.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.sectionList.setDefaultDropAction(Qt.DropAction.MoveAction)

        self.sectionLayout.addWidget(self.sectionList)

        self.sectionButtons = QGridLayout()
        self.sectionButtons.setObjectName(u"sectionButtons")
        self.addSectionButton = QPushButton(self.sectionPane)
        self.addSectionButton.setObjectName(u"addSectionButton")

        self.sectionButtons.addWidget(self.addSectionButton, 0, 0, 1, 1)

        self.renameSectionButton = QPushButton(self.sectionPane)
        self.renameSectionButton.setObjectName(u"renameSectionButton")

        self.sectionButtons.addWidget(self.renameSectionButton, 0, 1, 1, 1)

        self.upButton = QPushButton(self.sectionPane)
        self.upButton.setObjectName(u"upButton")

        self.sectionButtons.addWidget(self.upButton, 1, 0, 1, 1)

        self.downButton = QPushButton(self.sectionPane)
        self.downButton.setObjectName(u"downButton")

        self.sectionButtons.addWidget(self.downButton, 1, 1, 1, 1)

        self.removeSectionButton = QPushButton(self.sectionPane)
        self.removeSectionButton.setObjectName(u"removeSectionButton")

        self.sectionButtons.addWidget(self.removeSectionButton, 2, 0, 1, 2)


        self.sectionLayout.addLayout(self.sectionButtons)

        self.splitter.addWidget(self.sectionPane)
        self.editorPane = QWidget(self.splitter)
        self.editorPane.setObjectName(u"editorPane")
        self.editorLayout = QVBoxLayout(self.editorPane)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.sectionTitleLabel = QLabel(self.editorPane)
        self.sectionTitleLabel.setObjectName(u"sectionTitleLabel")
        self.sectionTitleLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.sectionTitleLabel)

        self.guidanceLabel = QLabel(self.editorPane)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.guidanceLabel)

        self.sectionEdit = AgreementTextEdit(self.editorPane)
        self.sectionEdit.setObjectName(u"sectionEdit")

        self.editorLayout.addWidget(self.sectionEdit)

        self.syntaxLabel = QLabel(self.editorPane)
        self.syntaxLabel.setObjectName(u"syntaxLabel")
        self.syntaxLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.syntaxLabel)

        self.provenanceLabel = QLabel(self.editorPane)
        self.provenanceLabel.setObjectName(u"provenanceLabel")
        self.provenanceLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.provenanceLabel)

        self.saveStatusLabel = QLabel(self.editorPane)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")

        self.editorLayout.addWidget(self.saveStatusLabel)

        self.splitter.addWidget(self.editorPane)
        self.sideTabs = QTabWidget(self.splitter)
        self.sideTabs.setObjectName(u"sideTabs")
        self.suggestionsTab = QWidget()
        self.suggestionsTab.setObjectName(u"suggestionsTab")
        self.suggestionsLayout = QVBoxLayout(self.suggestionsTab)
        self.suggestionsLayout.setObjectName(u"suggestionsLayout")
        self.suggestionsHint = QLabel(self.suggestionsTab)
        self.suggestionsHint.setObjectName(u"suggestionsHint")
        self.suggestionsHint.setWordWrap(True)

        self.suggestionsLayout.addWidget(self.suggestionsHint)

        self.suggestionList = QListWidget(self.suggestionsTab)
        self.suggestionList.setObjectName(u"suggestionList")
        self.suggestionList.setWordWrap(True)

        self.suggestionsLayout.addWidget(self.suggestionList)

        self.takeSuggestionButton = QPushButton(self.suggestionsTab)
        self.takeSuggestionButton.setObjectName(u"takeSuggestionButton")

        self.suggestionsLayout.addWidget(self.takeSuggestionButton)

        self.sideTabs.addTab(self.suggestionsTab, "")
        self.metadataTab = QWidget()
        self.metadataTab.setObjectName(u"metadataTab")
        self.metadataLayout = QFormLayout(self.metadataTab)
        self.metadataLayout.setObjectName(u"metadataLayout")
        self.titleLabel = QLabel(self.metadataTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.metadataLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.metadataTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.metadataLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.documentTypeLabel = QLabel(self.metadataTab)
        self.documentTypeLabel.setObjectName(u"documentTypeLabel")

        self.metadataLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.documentTypeLabel)

        self.documentTypeEdit = QLineEdit(self.metadataTab)
        self.documentTypeEdit.setObjectName(u"documentTypeEdit")

        self.metadataLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.documentTypeEdit)

        self.decidedByLabel = QLabel(self.metadataTab)
        self.decidedByLabel.setObjectName(u"decidedByLabel")

        self.metadataLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decidedByLabel)

        self.decidedByEdit = QLineEdit(self.metadataTab)
        self.decidedByEdit.setObjectName(u"decidedByEdit")

        self.metadataLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decidedByEdit)

        self.decisionDateLabel = QLabel(self.metadataTab)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.metadataLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionDateLabel)

        self.decisionDateEdit = QLineEdit(self.metadataTab)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")

        self.metadataLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decisionDateEdit)

        self.paragraphLabel = QLabel(self.metadataTab)
        self.paragraphLabel.setObjectName(u"paragraphLabel")

        self.metadataLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.paragraphLabel)

        self.paragraphEdit = QLineEdit(self.metadataTab)
        self.paragraphEdit.setObjectName(u"paragraphEdit")

        self.metadataLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.paragraphEdit)

        self.registrationLabel = QLabel(self.metadataTab)
        self.registrationLabel.setObjectName(u"registrationLabel")

        self.metadataLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.registrationLabel)

        self.registrationEdit = QLineEdit(self.metadataTab)
        self.registrationEdit.setObjectName(u"registrationEdit")

        self.metadataLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.registrationEdit)

        self.appliesToLabel = QLabel(self.metadataTab)
        self.appliesToLabel.setObjectName(u"appliesToLabel")

        self.metadataLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.appliesToLabel)

        self.appliesToEdit = QLineEdit(self.metadataTab)
        self.appliesToEdit.setObjectName(u"appliesToEdit")

        self.metadataLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.appliesToEdit)

        self.validityLabel = QLabel(self.metadataTab)
        self.validityLabel.setObjectName(u"validityLabel")

        self.metadataLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.validityLabel)

        self.validityEdit = QLineEdit(self.metadataTab)
        self.validityEdit.setObjectName(u"validityEdit")

        self.metadataLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.validityEdit)

        self.reviewByLabel = QLabel(self.metadataTab)
        self.reviewByLabel.setObjectName(u"reviewByLabel")

        self.metadataLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reviewByLabel)

        self.reviewByEdit = QLineEdit(self.metadataTab)
        self.reviewByEdit.setObjectName(u"reviewByEdit")

        self.metadataLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reviewByEdit)

        self.ownerLabel = QLabel(self.metadataTab)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.metadataLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(self.metadataTab)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.metadataLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.validFromLabel = QLabel(self.metadataTab)
        self.validFromLabel.setObjectName(u"validFromLabel")

        self.metadataLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.validFromLabel)

        self.validFromEdit = QLineEdit(self.metadataTab)
        self.validFromEdit.setObjectName(u"validFromEdit")

        self.metadataLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.validFromEdit)

        self.replacesLabel = QLabel(self.metadataTab)
        self.replacesLabel.setObjectName(u"replacesLabel")

        self.metadataLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.replacesLabel)

        self.replacesEdit = QLineEdit(self.metadataTab)
        self.replacesEdit.setObjectName(u"replacesEdit")

        self.metadataLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.replacesEdit)

        self.sideTabs.addTab(self.metadataTab, "")
        self.versionsTab = QWidget()
        self.versionsTab.setObjectName(u"versionsTab")
        self.versionsLayout = QVBoxLayout(self.versionsTab)
        self.versionsLayout.setObjectName(u"versionsLayout")
        self.versionList = QListWidget(self.versionsTab)
        self.versionList.setObjectName(u"versionList")

        self.versionsLayout.addWidget(self.versionList)

        self.compareLayout = QHBoxLayout()
        self.compareLayout.setObjectName(u"compareLayout")
        self.compareOldCombo = QComboBox(self.versionsTab)
        self.compareOldCombo.setObjectName(u"compareOldCombo")

        self.compareLayout.addWidget(self.compareOldCombo)

        self.compareArrow = QLabel(self.versionsTab)
        self.compareArrow.setObjectName(u"compareArrow")

        self.compareLayout.addWidget(self.compareArrow)

        self.compareNewCombo = QComboBox(self.versionsTab)
        self.compareNewCombo.setObjectName(u"compareNewCombo")

        self.compareLayout.addWidget(self.compareNewCombo)

        self.compareButton = QPushButton(self.versionsTab)
        self.compareButton.setObjectName(u"compareButton")

        self.compareLayout.addWidget(self.compareButton)


        self.versionsLayout.addLayout(self.compareLayout)

        self.compareView = QTextBrowser(self.versionsTab)
        self.compareView.setObjectName(u"compareView")

        self.versionsLayout.addWidget(self.compareView)

        self.sideTabs.addTab(self.versionsTab, "")
        self.splitter.addWidget(self.sideTabs)

        self.rootLayout.addWidget(self.splitter)

        self.rootLayout.setStretch(1, 1)

        self.retranslateUi(AgreementEditor)

        QMetaObject.connectSlotsByName(AgreementEditor)
    # setupUi

    def retranslateUi(self, AgreementEditor):
        AgreementEditor.setWindowTitle(QCoreApplication.translate("AgreementEditor", u"\u00d6verenskommelse", None))
        self.versionLabel.setText(QCoreApplication.translate("AgreementEditor", u"\u00d6verenskommelse", None))
#if QT_CONFIG(tooltip)
        self.templateCombo.setToolTip(QCoreApplication.translate("AgreementEditor", u"Vad det nya utkastet ska utg\u00e5 fr\u00e5n", None))
#endif // QT_CONFIG(tooltip)
        self.startButton.setText(QCoreApplication.translate("AgreementEditor", u"Nytt utkast", None))
        self.importButton.setText(QCoreApplication.translate("AgreementEditor", u"Importera fr\u00e5n Word\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("AgreementEditor", u"L\u00e4s in en befintlig \u00f6verenskommelse (.docx) som nytt utkast", None))
#endif // QT_CONFIG(tooltip)
        self.newDraftButton.setText(QCoreApplication.translate("AgreementEditor", u"Nytt utkast fr\u00e5n denna version", None))
#if QT_CONFIG(tooltip)
        self.newDraftButton.setToolTip(QCoreApplication.translate("AgreementEditor", u"Forts\u00e4tt arbeta: en ny version med samma text", None))
#endif // QT_CONFIG(tooltip)
        self.decisionButton.setText(QCoreApplication.translate("AgreementEditor", u"&Beslutsg\u00e5ng: remiss och antagande\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("AgreementEditor", u"Exportera till Word\u2026", None))
        self.statusLabel.setText("")
        self.sectionsHeading.setText(QCoreApplication.translate("AgreementEditor", u"Avsnitt", None))
#if QT_CONFIG(tooltip)
        self.sectionList.setToolTip(QCoreApplication.translate("AgreementEditor", u"Dra f\u00f6r att \u00e4ndra ordning, eller Ctrl+Upp/Ned. F2 byter namn.", None))
#endif // QT_CONFIG(tooltip)
        self.addSectionButton.setText(QCoreApplication.translate("AgreementEditor", u"L\u00e4gg till", None))
        self.renameSectionButton.setText(QCoreApplication.translate("AgreementEditor", u"Byt namn", None))
        self.upButton.setText(QCoreApplication.translate("AgreementEditor", u"Flytta upp", None))
        self.downButton.setText(QCoreApplication.translate("AgreementEditor", u"Flytta ned", None))
        self.removeSectionButton.setText(QCoreApplication.translate("AgreementEditor", u"Ta bort", None))
        self.sectionTitleLabel.setText("")
        self.guidanceLabel.setText("")
        self.syntaxLabel.setText(QCoreApplication.translate("AgreementEditor", u"Enter ger ett nytt stycke, Skift+Enter en ny rad. Det du ser h\u00e4r \u00e4r det Word-filen f\u00e5r.", None))
        self.provenanceLabel.setText("")
        self.saveStatusLabel.setText("")
        self.suggestionsHint.setText(QCoreApplication.translate("AgreementEditor", u"Slutsatser som ni i samtalen markerat \u201dtill \u00f6verenskommelsen\u201d.", None))
        self.takeSuggestionButton.setText(QCoreApplication.translate("AgreementEditor", u"Ta in i avsnittet", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.suggestionsTab), QCoreApplication.translate("AgreementEditor", u"F\u00f6rslag", None))
#if QT_CONFIG(accessibility)
        self.metadataTab.setAccessibleName(QCoreApplication.translate("AgreementEditor", u"Uppgifter", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("AgreementEditor", u"Rubrik", None))
        self.documentTypeLabel.setText(QCoreApplication.translate("AgreementEditor", u"Typ av styrdokument", None))
        self.decidedByLabel.setText(QCoreApplication.translate("AgreementEditor", u"Beslutande instans", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("AgreementEditor", u"Datum f\u00f6r beslut", None))
        self.decisionDateEdit.setPlaceholderText(QCoreApplication.translate("AgreementEditor", u"\u00c5\u00c5\u00c5\u00c5-MM-DD", None))
        self.paragraphLabel.setText(QCoreApplication.translate("AgreementEditor", u"Paragraf", None))
        self.paragraphEdit.setPlaceholderText(QCoreApplication.translate("AgreementEditor", u"\u00a7 12", None))
        self.registrationLabel.setText(QCoreApplication.translate("AgreementEditor", u"Diarienummer", None))
        self.appliesToLabel.setText(QCoreApplication.translate("AgreementEditor", u"G\u00e4ller f\u00f6r", None))
        self.validityLabel.setText(QCoreApplication.translate("AgreementEditor", u"Giltighetstid", None))
        self.reviewByLabel.setText(QCoreApplication.translate("AgreementEditor", u"Revideras senast", None))
        self.reviewByEdit.setPlaceholderText(QCoreApplication.translate("AgreementEditor", u"\u00c5\u00c5\u00c5\u00c5-MM-DD", None))
        self.ownerLabel.setText(QCoreApplication.translate("AgreementEditor", u"Dokumentansvarig", None))
        self.validFromLabel.setText(QCoreApplication.translate("AgreementEditor", u"G\u00e4ller fr\u00e5n", None))
        self.validFromEdit.setPlaceholderText(QCoreApplication.translate("AgreementEditor", u"\u00c5\u00c5\u00c5\u00c5-MM-DD (annars beslutsdagen)", None))
        self.replacesLabel.setText(QCoreApplication.translate("AgreementEditor", u"Ers\u00e4tter", None))
        self.replacesEdit.setPlaceholderText(QCoreApplication.translate("AgreementEditor", u"Tidigare version eller dokument, med beslut och diarienummer", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.metadataTab), QCoreApplication.translate("AgreementEditor", u"Uppgifter", None))
        self.compareArrow.setText(QCoreApplication.translate("AgreementEditor", u"\u2192", None))
        self.compareButton.setText(QCoreApplication.translate("AgreementEditor", u"J\u00e4mf\u00f6r", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.versionsTab), QCoreApplication.translate("AgreementEditor", u"Versioner", None))
    # retranslateUi

