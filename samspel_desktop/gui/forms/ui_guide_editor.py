# Generated from ui/guide_editor.ui by packaging/compile_forms.py – do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSplitter, QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from samspel_desktop.gui.widgets import (CompactTextEdit, GuideStructureTree)

class Ui_GuideEditorPage(object):
    def setupUi(self, GuideEditorPage):
        if not GuideEditorPage.objectName():
            GuideEditorPage.setObjectName(u"GuideEditorPage")
        self.pageLayout = QVBoxLayout(GuideEditorPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(GuideEditorPage)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.titleLabel = QLabel(GuideEditorPage)
        self.titleLabel.setObjectName(u"titleLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)

        self.headerLayout.addWidget(self.titleLabel)

        self.importButton = QPushButton(GuideEditorPage)
        self.importButton.setObjectName(u"importButton")

        self.headerLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(GuideEditorPage)
        self.exportButton.setObjectName(u"exportButton")

        self.headerLayout.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.mainSplitter = QSplitter(parent=GuideEditorPage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.mainSplitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.guideListLabel = QLabel(self.listPane)
        self.guideListLabel.setObjectName(u"guideListLabel")

        self.listLayout.addWidget(self.guideListLabel)

        self.guideList = QListWidget(self.listPane)
        self.guideList.setObjectName(u"guideList")

        self.listLayout.addWidget(self.guideList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(self.listPane)
        self.newButton.setObjectName(u"newButton")

        self.listButtons.addWidget(self.newButton)

        self.duplicateButton = QPushButton(self.listPane)
        self.duplicateButton.setObjectName(u"duplicateButton")

        self.listButtons.addWidget(self.duplicateButton)

        self.deleteButton = QPushButton(self.listPane)
        self.deleteButton.setObjectName(u"deleteButton")

        self.listButtons.addWidget(self.deleteButton)


        self.listLayout.addLayout(self.listButtons)

        self.mainSplitter.addWidget(self.listPane)
        self.editPane = QWidget(self.mainSplitter)
        self.editPane.setObjectName(u"editPane")
        self.editLayout = QVBoxLayout(self.editPane)
        self.editLayout.setObjectName(u"editLayout")
        self.editLayout.setContentsMargins(0, 0, 0, 0)
        self.readOnlyLabel = QLabel(self.editPane)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setWordWrap(True)

        self.editLayout.addWidget(self.readOnlyLabel)

        self.guideForm = QFormLayout()
        self.guideForm.setObjectName(u"guideForm")
        self.titleEditLabel = QLabel(self.editPane)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.guideForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(self.editPane)
        self.titleEdit.setObjectName(u"titleEdit")

        self.guideForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.summaryLabel = QLabel(self.editPane)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.guideForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = CompactTextEdit(self.editPane)
        self.summaryEdit.setObjectName(u"summaryEdit")

        self.guideForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.purposeLabel = QLabel(self.editPane)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.guideForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeRow = QHBoxLayout()
        self.purposeRow.setObjectName(u"purposeRow")
        self.purposeCombo = QComboBox(self.editPane)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.purposeRow.addWidget(self.purposeCombo)

        self.guideSourceLabel = QLabel(self.editPane)
        self.guideSourceLabel.setObjectName(u"guideSourceLabel")

        self.purposeRow.addWidget(self.guideSourceLabel)

        self.guideSourceEdit = QLineEdit(self.editPane)
        self.guideSourceEdit.setObjectName(u"guideSourceEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.guideSourceEdit.sizePolicy().hasHeightForWidth())
        self.guideSourceEdit.setSizePolicy(sizePolicy1)

        self.purposeRow.addWidget(self.guideSourceEdit)

        self.versionLabel = QLabel(self.editPane)
        self.versionLabel.setObjectName(u"versionLabel")

        self.purposeRow.addWidget(self.versionLabel)


        self.guideForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.purposeRow)

        self.authorLabel = QLabel(self.editPane)
        self.authorLabel.setObjectName(u"authorLabel")

        self.guideForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.authorLabel)

        self.authorEdit = QLineEdit(self.editPane)
        self.authorEdit.setObjectName(u"authorEdit")

        self.guideForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.authorEdit)


        self.editLayout.addLayout(self.guideForm)

        self.structureSplitter = QSplitter(parent=self.editPane)
        self.structureSplitter.setObjectName(u"structureSplitter")
        self.structureSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.structureSplitter.setChildrenCollapsible(False)
        self.structurePane = QWidget(self.structureSplitter)
        self.structurePane.setObjectName(u"structurePane")
        self.structureLayout = QVBoxLayout(self.structurePane)
        self.structureLayout.setObjectName(u"structureLayout")
        self.structureLayout.setContentsMargins(0, 0, 0, 0)
        self.structureLabel = QLabel(self.structurePane)
        self.structureLabel.setObjectName(u"structureLabel")
        self.structureLabel.setWordWrap(True)

        self.structureLayout.addWidget(self.structureLabel)

        self.structureTree = GuideStructureTree(self.structurePane)
        self.structureTree.setObjectName(u"structureTree")

        self.structureLayout.addWidget(self.structureTree)

        self.structureButtons = QHBoxLayout()
        self.structureButtons.setObjectName(u"structureButtons")
        self.addSectionButton = QPushButton(self.structurePane)
        self.addSectionButton.setObjectName(u"addSectionButton")

        self.structureButtons.addWidget(self.addSectionButton)

        self.addQuestionButton = QPushButton(self.structurePane)
        self.addQuestionButton.setObjectName(u"addQuestionButton")

        self.structureButtons.addWidget(self.addQuestionButton)

        self.removeItemButton = QPushButton(self.structurePane)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.structureButtons.addWidget(self.removeItemButton)

        self.moveUpButton = QToolButton(self.structurePane)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.structureButtons.addWidget(self.moveUpButton)

        self.moveDownButton = QToolButton(self.structurePane)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.structureButtons.addWidget(self.moveDownButton)


        self.structureLayout.addLayout(self.structureButtons)

        self.structureSplitter.addWidget(self.structurePane)
        self.detailStack = QStackedWidget(self.structureSplitter)
        self.detailStack.setObjectName(u"detailStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.detailStack.addWidget(self.emptyPage)
        self.sectionPage = QWidget()
        self.sectionPage.setObjectName(u"sectionPage")
        self.sectionForm = QFormLayout(self.sectionPage)
        self.sectionForm.setObjectName(u"sectionForm")
        self.sectionTitleLabel = QLabel(self.sectionPage)
        self.sectionTitleLabel.setObjectName(u"sectionTitleLabel")

        self.sectionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sectionTitleLabel)

        self.sectionTitleEdit = QLineEdit(self.sectionPage)
        self.sectionTitleEdit.setObjectName(u"sectionTitleEdit")

        self.sectionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sectionTitleEdit)

        self.sectionIntroLabel = QLabel(self.sectionPage)
        self.sectionIntroLabel.setObjectName(u"sectionIntroLabel")

        self.sectionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectionIntroLabel)

        self.sectionIntroEdit = CompactTextEdit(self.sectionPage)
        self.sectionIntroEdit.setObjectName(u"sectionIntroEdit")

        self.sectionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectionIntroEdit)

        self.sectionQuotesLabel = QLabel(self.sectionPage)
        self.sectionQuotesLabel.setObjectName(u"sectionQuotesLabel")

        self.sectionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sectionQuotesLabel)

        self.sectionQuotesEdit = CompactTextEdit(self.sectionPage)
        self.sectionQuotesEdit.setObjectName(u"sectionQuotesEdit")

        self.sectionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sectionQuotesEdit)

        self.detailStack.addWidget(self.sectionPage)
        self.questionPage = QWidget()
        self.questionPage.setObjectName(u"questionPage")
        self.questionForm = QFormLayout(self.questionPage)
        self.questionForm.setObjectName(u"questionForm")
        self.questionTextLabel = QLabel(self.questionPage)
        self.questionTextLabel.setObjectName(u"questionTextLabel")

        self.questionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.questionTextLabel)

        self.questionTextEdit = CompactTextEdit(self.questionPage)
        self.questionTextEdit.setObjectName(u"questionTextEdit")

        self.questionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.questionTextEdit)

        self.originLabel = QLabel(self.questionPage)
        self.originLabel.setObjectName(u"originLabel")

        self.questionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.originLabel)

        self.originCombo = QComboBox(self.questionPage)
        self.originCombo.setObjectName(u"originCombo")

        self.questionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.originCombo)

        self.questionSourceLabel = QLabel(self.questionPage)
        self.questionSourceLabel.setObjectName(u"questionSourceLabel")

        self.questionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.questionSourceLabel)

        self.questionSourceEdit = QLineEdit(self.questionPage)
        self.questionSourceEdit.setObjectName(u"questionSourceEdit")

        self.questionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.questionSourceEdit)

        self.questionQuotesLabel = QLabel(self.questionPage)
        self.questionQuotesLabel.setObjectName(u"questionQuotesLabel")

        self.questionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.questionQuotesLabel)

        self.questionQuotesEdit = CompactTextEdit(self.questionPage)
        self.questionQuotesEdit.setObjectName(u"questionQuotesEdit")

        self.questionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.questionQuotesEdit)

        self.guidanceLabel = QLabel(self.questionPage)
        self.guidanceLabel.setObjectName(u"guidanceLabel")

        self.questionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.guidanceLabel)

        self.guidanceEdit = CompactTextEdit(self.questionPage)
        self.guidanceEdit.setObjectName(u"guidanceEdit")

        self.questionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.guidanceEdit)

        self.answerTypeLabel = QLabel(self.questionPage)
        self.answerTypeLabel.setObjectName(u"answerTypeLabel")

        self.questionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.answerTypeLabel)

        self.answerTypeCombo = QComboBox(self.questionPage)
        self.answerTypeCombo.setObjectName(u"answerTypeCombo")

        self.questionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.answerTypeCombo)

        self.scaleBox = QGroupBox(self.questionPage)
        self.scaleBox.setObjectName(u"scaleBox")
        self.scaleForm = QFormLayout(self.scaleBox)
        self.scaleForm.setObjectName(u"scaleForm")
        self.scale1Label = QLabel(self.scaleBox)
        self.scale1Label.setObjectName(u"scale1Label")

        self.scaleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scale1Label)

        self.scale1Edit = QLineEdit(self.scaleBox)
        self.scale1Edit.setObjectName(u"scale1Edit")

        self.scaleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scale1Edit)

        self.scale2Label = QLabel(self.scaleBox)
        self.scale2Label.setObjectName(u"scale2Label")

        self.scaleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scale2Label)

        self.scale2Edit = QLineEdit(self.scaleBox)
        self.scale2Edit.setObjectName(u"scale2Edit")

        self.scaleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scale2Edit)

        self.scale3Label = QLabel(self.scaleBox)
        self.scale3Label.setObjectName(u"scale3Label")

        self.scaleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scale3Label)

        self.scale3Edit = QLineEdit(self.scaleBox)
        self.scale3Edit.setObjectName(u"scale3Edit")

        self.scaleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scale3Edit)

        self.scale4Label = QLabel(self.scaleBox)
        self.scale4Label.setObjectName(u"scale4Label")

        self.scaleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.scale4Label)

        self.scale4Edit = QLineEdit(self.scaleBox)
        self.scale4Edit.setObjectName(u"scale4Edit")

        self.scaleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.scale4Edit)

        self.scale5Label = QLabel(self.scaleBox)
        self.scale5Label.setObjectName(u"scale5Label")

        self.scaleForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scale5Label)

        self.scale5Edit = QLineEdit(self.scaleBox)
        self.scale5Edit.setObjectName(u"scale5Edit")

        self.scaleForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scale5Edit)


        self.questionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.scaleBox)

        self.detailStack.addWidget(self.questionPage)
        self.structureSplitter.addWidget(self.detailStack)

        self.editLayout.addWidget(self.structureSplitter)

        self.validationLabel = QLabel(self.editPane)
        self.validationLabel.setObjectName(u"validationLabel")
        self.validationLabel.setWordWrap(True)
        self.validationLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editLayout.addWidget(self.validationLabel)

        self.mainSplitter.addWidget(self.editPane)

        self.pageLayout.addWidget(self.mainSplitter)

#if QT_CONFIG(shortcut)
        self.guideListLabel.setBuddy(self.guideList)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.purposeLabel.setBuddy(self.purposeCombo)
        self.guideSourceLabel.setBuddy(self.guideSourceEdit)
        self.authorLabel.setBuddy(self.authorEdit)
        self.structureLabel.setBuddy(self.structureTree)
        self.sectionTitleLabel.setBuddy(self.sectionTitleEdit)
        self.sectionIntroLabel.setBuddy(self.sectionIntroEdit)
        self.sectionQuotesLabel.setBuddy(self.sectionQuotesEdit)
        self.questionTextLabel.setBuddy(self.questionTextEdit)
        self.originLabel.setBuddy(self.originCombo)
        self.questionSourceLabel.setBuddy(self.questionSourceEdit)
        self.questionQuotesLabel.setBuddy(self.questionQuotesEdit)
        self.guidanceLabel.setBuddy(self.guidanceEdit)
        self.answerTypeLabel.setBuddy(self.answerTypeCombo)
        self.scale1Label.setBuddy(self.scale1Edit)
        self.scale2Label.setBuddy(self.scale2Edit)
        self.scale3Label.setBuddy(self.scale3Edit)
        self.scale4Label.setBuddy(self.scale4Edit)
        self.scale5Label.setBuddy(self.scale5Edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GuideEditorPage)

        QMetaObject.connectSlotsByName(GuideEditorPage)
    # setupUi

    def retranslateUi(self, GuideEditorPage):
        self.backButton.setText(QCoreApplication.translate("GuideEditorPage", u"\u2190 &Startsidan", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("GuideEditorPage", u"Tillbaka till startsidan (Alt+Home)", None))
#endif // QT_CONFIG(tooltip)
        self.titleLabel.setText(QCoreApplication.translate("GuideEditorPage", u"Samtalsguider", None))
        self.importButton.setText(QCoreApplication.translate("GuideEditorPage", u"&Importera guide\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("GuideEditorPage", u"L\u00e4s in en guide som n\u00e5gon annan har exporterat (JSON-fil)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("GuideEditorPage", u"&Exportera guide\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("GuideEditorPage", u"Spara den valda guiden som en fil att dela med andra", None))
#endif // QT_CONFIG(tooltip)
        self.guideListLabel.setText(QCoreApplication.translate("GuideEditorPage", u"&Guider", None))
#if QT_CONFIG(accessibility)
        self.guideList.setAccessibleName(QCoreApplication.translate("GuideEditorPage", u"Guider", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("GuideEditorPage", u"&Ny", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("GuideEditorPage", u"Skapa en ny, tom guide", None))
#endif // QT_CONFIG(tooltip)
        self.duplicateButton.setText(QCoreApplication.translate("GuideEditorPage", u"&Duplicera", None))
#if QT_CONFIG(tooltip)
        self.duplicateButton.setToolTip(QCoreApplication.translate("GuideEditorPage", u"G\u00f6r en redigerbar kopia av den valda guiden", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("GuideEditorPage", u"&Radera", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("GuideEditorPage", u"L\u00e4gg den valda egna guiden i papperskorgen", None))
#endif // QT_CONFIG(tooltip)
        self.readOnlyLabel.setText(QCoreApplication.translate("GuideEditorPage", u"Det h\u00e4r \u00e4r en inbyggd guide och den kan inte \u00e4ndras. V\u00e4lj Duplicera f\u00f6r att g\u00f6ra en egen kopia att \u00e4ndra i.", None))
        self.titleEditLabel.setText(QCoreApplication.translate("GuideEditorPage", u"&Titel:", None))
        self.summaryLabel.setText(QCoreApplication.translate("GuideEditorPage", u"Sa&mmanfattning:", None))
        self.purposeLabel.setText(QCoreApplication.translate("GuideEditorPage", u"S&yfte:", None))
        self.guideSourceLabel.setText(QCoreApplication.translate("GuideEditorPage", u"&K\u00e4lla:", None))
        self.guideSourceEdit.setPlaceholderText(QCoreApplication.translate("GuideEditorPage", u"Till exempel SKR, St\u00f6d \u2013 f\u00f6r att styra och leda b\u00e4ttre tillsammans", None))
        self.authorLabel.setText(QCoreApplication.translate("GuideEditorPage", u"F&\u00f6rfattare:", None))
        self.authorEdit.setPlaceholderText(QCoreApplication.translate("GuideEditorPage", u"Vem som har skrivit guidens egna fr\u00e5gor och v\u00e4gledning", None))
        self.structureLabel.setText(QCoreApplication.translate("GuideEditorPage", u"Avsnitt och fr&\u00e5gor \u2013 dra f\u00f6r att flytta, eller Ctrl+Upp/Ned", None))
#if QT_CONFIG(accessibility)
        self.structureTree.setAccessibleName(QCoreApplication.translate("GuideEditorPage", u"Avsnitt och fr\u00e5gor", None))
#endif // QT_CONFIG(accessibility)
        self.addSectionButton.setText(QCoreApplication.translate("GuideEditorPage", u"+ Avsnitt", None))
        self.addQuestionButton.setText(QCoreApplication.translate("GuideEditorPage", u"+ &Fr\u00e5ga", None))
        self.removeItemButton.setText(QCoreApplication.translate("GuideEditorPage", u"Ta &bort", None))
        self.moveUpButton.setText(QCoreApplication.translate("GuideEditorPage", u"\u2191", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("GuideEditorPage", u"Flytta upp (Ctrl+Upp)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.moveUpButton.setAccessibleName(QCoreApplication.translate("GuideEditorPage", u"Flytta upp", None))
#endif // QT_CONFIG(accessibility)
        self.moveDownButton.setText(QCoreApplication.translate("GuideEditorPage", u"\u2193", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("GuideEditorPage", u"Flytta ned (Ctrl+Ned)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.moveDownButton.setAccessibleName(QCoreApplication.translate("GuideEditorPage", u"Flytta ned", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("GuideEditorPage", u"V\u00e4lj ett avsnitt eller en fr\u00e5ga i listan.", None))
        self.sectionTitleLabel.setText(QCoreApplication.translate("GuideEditorPage", u"R&ubrik:", None))
        self.sectionIntroLabel.setText(QCoreApplication.translate("GuideEditorPage", u"In&ledning:", None))
        self.sectionQuotesLabel.setText(QCoreApplication.translate("GuideEditorPage", u"&Citat:", None))
        self.sectionQuotesEdit.setPlaceholderText(QCoreApplication.translate("GuideEditorPage", u"Ordagranna citat ur en k\u00e4lla: citatet, sedan en rad \u201dK\u00e4lla: \u2026\u201d. En tom rad mellan citaten.", None))
        self.questionTextLabel.setText(QCoreApplication.translate("GuideEditorPage", u"Fr\u00e5gete&xt:", None))
        self.originLabel.setText(QCoreApplication.translate("GuideEditorPage", u"&Ursprung:", None))
        self.questionSourceLabel.setText(QCoreApplication.translate("GuideEditorPage", u"K\u00e4&lla:", None))
        self.questionSourceEdit.setPlaceholderText(QCoreApplication.translate("GuideEditorPage", u"Vems ord fr\u00e5gan \u00e4r, eller vad den bygger p\u00e5", None))
        self.questionQuotesLabel.setText(QCoreApplication.translate("GuideEditorPage", u"&Citat:", None))
        self.questionQuotesEdit.setPlaceholderText(QCoreApplication.translate("GuideEditorPage", u"Ordagranna citat ur en k\u00e4lla: citatet, sedan en rad \u201dK\u00e4lla: \u2026\u201d. En tom rad mellan citaten.", None))
        self.guidanceLabel.setText(QCoreApplication.translate("GuideEditorPage", u"V&\u00e4gledning:", None))
        self.answerTypeLabel.setText(QCoreApplication.translate("GuideEditorPage", u"Svarsf&orm:", None))
        self.scaleBox.setTitle(QCoreApplication.translate("GuideEditorPage", u"Skalans fem steg", None))
        self.scale1Label.setText(QCoreApplication.translate("GuideEditorPage", u"&1:", None))
        self.scale2Label.setText(QCoreApplication.translate("GuideEditorPage", u"&2:", None))
        self.scale3Label.setText(QCoreApplication.translate("GuideEditorPage", u"&3:", None))
        self.scale4Label.setText(QCoreApplication.translate("GuideEditorPage", u"&4:", None))
        self.scale5Label.setText(QCoreApplication.translate("GuideEditorPage", u"&5:", None))
        pass
    # retranslateUi

