# Generated from ui/new_conversation_dialog.ui by packaging/compile_forms.py – do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QGridLayout, QLabel, QListWidget, QPlainTextEdit, QVBoxLayout)

from samspel_desktop.gui.widgets import DateEdit

class Ui_NewConversationDialog(object):
    def setupUi(self, NewConversationDialog):
        if not NewConversationDialog.objectName():
            NewConversationDialog.setObjectName(u"NewConversationDialog")
        self.dialogLayout = QVBoxLayout(NewConversationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.pairComboLabel = QLabel(NewConversationDialog)
        self.pairComboLabel.setObjectName(u"pairComboLabel")

        self.formLayout.addWidget(self.pairComboLabel, 0, 0, 1, 1)

        self.pairCombo = QComboBox(NewConversationDialog)
        self.pairCombo.setObjectName(u"pairCombo")

        self.formLayout.addWidget(self.pairCombo, 0, 1, 1, 1)

        self.dateEditLabel = QLabel(NewConversationDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.addWidget(self.dateEditLabel, 1, 0, 1, 1)

        self.dateEdit = DateEdit(NewConversationDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.addWidget(self.dateEdit, 1, 1, 1, 1)

        self.presentEditLabel = QLabel(NewConversationDialog)
        self.presentEditLabel.setObjectName(u"presentEditLabel")

        self.formLayout.addWidget(self.presentEditLabel, 2, 0, 1, 1)

        self.presentEdit = QPlainTextEdit(NewConversationDialog)
        self.presentEdit.setObjectName(u"presentEdit")
        self.presentEdit.setTabChangesFocus(True)
        self.presentEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.addWidget(self.presentEdit, 2, 1, 1, 1)

        self.guideListLabel = QLabel(NewConversationDialog)
        self.guideListLabel.setObjectName(u"guideListLabel")

        self.formLayout.addWidget(self.guideListLabel, 3, 0, 1, 1)

        self.guideList = QListWidget(NewConversationDialog)
        self.guideList.setObjectName(u"guideList")

        self.formLayout.addWidget(self.guideList, 3, 1, 1, 1)


        self.dialogLayout.addLayout(self.formLayout)

        self.suggestionHint = QLabel(NewConversationDialog)
        self.suggestionHint.setObjectName(u"suggestionHint")
        self.suggestionHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.suggestionHint)

        self.errorLabel = QLabel(NewConversationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NewConversationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pairComboLabel.setBuddy(self.pairCombo)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.presentEditLabel.setBuddy(self.presentEdit)
        self.guideListLabel.setBuddy(self.guideList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewConversationDialog)

        QMetaObject.connectSlotsByName(NewConversationDialog)
    # setupUi

    def retranslateUi(self, NewConversationDialog):
        NewConversationDialog.setWindowTitle(QCoreApplication.translate("NewConversationDialog", u"Nytt samtal", None))
        self.pairComboLabel.setText(QCoreApplication.translate("NewConversationDialog", u"Samspels&par:", None))
        self.dateEditLabel.setText(QCoreApplication.translate("NewConversationDialog", u"&Datum:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("NewConversationDialog", u"yyyy-MM-dd", None))
        self.presentEditLabel.setText(QCoreApplication.translate("NewConversationDialog", u"&N\u00e4rvarande (en per rad):", None))
        self.guideListLabel.setText(QCoreApplication.translate("NewConversationDialog", u"Samtals&guider:", None))
#if QT_CONFIG(accessibility)
        self.guideList.setAccessibleName(QCoreApplication.translate("NewConversationDialog", u"Samtalsguider", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

