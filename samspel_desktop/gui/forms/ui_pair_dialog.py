# Generated from ui/pair_dialog.ui by packaging/compile_forms.py – do not edit.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout)

from samspel_desktop.gui.widgets import DateEdit

class Ui_PairDialog(object):
    def setupUi(self, PairDialog):
        if not PairDialog.objectName():
            PairDialog.setObjectName(u"PairDialog")
        self.dialogLayout = QVBoxLayout(PairDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.organisationEditLabel = QLabel(PairDialog)
        self.organisationEditLabel.setObjectName(u"organisationEditLabel")

        self.formLayout.addWidget(self.organisationEditLabel, 0, 0, 1, 1)

        self.organisationEdit = QLineEdit(PairDialog)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.formLayout.addWidget(self.organisationEdit, 0, 1, 1, 1)

        self.organisationKindComboLabel = QLabel(PairDialog)
        self.organisationKindComboLabel.setObjectName(u"organisationKindComboLabel")

        self.formLayout.addWidget(self.organisationKindComboLabel, 1, 0, 1, 1)

        self.organisationKindCombo = QComboBox(PairDialog)
        self.organisationKindCombo.setObjectName(u"organisationKindCombo")

        self.formLayout.addWidget(self.organisationKindCombo, 1, 1, 1, 1)

        self.kindComboLabel = QLabel(PairDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.formLayout.addWidget(self.kindComboLabel, 2, 0, 1, 1)

        self.kindCombo = QComboBox(PairDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.addWidget(self.kindCombo, 2, 1, 1, 1)

        self.bodyComboLabel = QLabel(PairDialog)
        self.bodyComboLabel.setObjectName(u"bodyComboLabel")

        self.formLayout.addWidget(self.bodyComboLabel, 3, 0, 1, 1)

        self.bodyCombo = QComboBox(PairDialog)
        self.bodyCombo.setObjectName(u"bodyCombo")
        self.bodyCombo.setEditable(True)
        self.bodyCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.addWidget(self.bodyCombo, 3, 1, 1, 1)

        self.councilTermCheck = QCheckBox(PairDialog)
        self.councilTermCheck.setObjectName(u"councilTermCheck")

        self.formLayout.addWidget(self.councilTermCheck, 4, 1, 1, 1)

        self.politicalNameEditLabel = QLabel(PairDialog)
        self.politicalNameEditLabel.setObjectName(u"politicalNameEditLabel")

        self.formLayout.addWidget(self.politicalNameEditLabel, 5, 0, 1, 1)

        self.politicalNameEdit = QLineEdit(PairDialog)
        self.politicalNameEdit.setObjectName(u"politicalNameEdit")

        self.formLayout.addWidget(self.politicalNameEdit, 5, 1, 1, 1)

        self.politicalTitleEditLabel = QLabel(PairDialog)
        self.politicalTitleEditLabel.setObjectName(u"politicalTitleEditLabel")

        self.formLayout.addWidget(self.politicalTitleEditLabel, 6, 0, 1, 1)

        self.politicalTitleEdit = QLineEdit(PairDialog)
        self.politicalTitleEdit.setObjectName(u"politicalTitleEdit")

        self.formLayout.addWidget(self.politicalTitleEdit, 6, 1, 1, 1)

        self.executiveNameEditLabel = QLabel(PairDialog)
        self.executiveNameEditLabel.setObjectName(u"executiveNameEditLabel")

        self.formLayout.addWidget(self.executiveNameEditLabel, 7, 0, 1, 1)

        self.executiveNameEdit = QLineEdit(PairDialog)
        self.executiveNameEdit.setObjectName(u"executiveNameEdit")

        self.formLayout.addWidget(self.executiveNameEdit, 7, 1, 1, 1)

        self.executiveTitleEditLabel = QLabel(PairDialog)
        self.executiveTitleEditLabel.setObjectName(u"executiveTitleEditLabel")

        self.formLayout.addWidget(self.executiveTitleEditLabel, 8, 0, 1, 1)

        self.executiveTitleEdit = QLineEdit(PairDialog)
        self.executiveTitleEdit.setObjectName(u"executiveTitleEdit")

        self.formLayout.addWidget(self.executiveTitleEdit, 8, 1, 1, 1)

        self.startDateEditLabel = QLabel(PairDialog)
        self.startDateEditLabel.setObjectName(u"startDateEditLabel")

        self.formLayout.addWidget(self.startDateEditLabel, 9, 0, 1, 1)

        self.startDateEdit = DateEdit(PairDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)

        self.formLayout.addWidget(self.startDateEdit, 9, 1, 1, 1)

        self.phaseComboLabel = QLabel(PairDialog)
        self.phaseComboLabel.setObjectName(u"phaseComboLabel")

        self.formLayout.addWidget(self.phaseComboLabel, 10, 0, 1, 1)

        self.phaseCombo = QComboBox(PairDialog)
        self.phaseCombo.setObjectName(u"phaseCombo")

        self.formLayout.addWidget(self.phaseCombo, 10, 1, 1, 1)


        self.dialogLayout.addLayout(self.formLayout)

        self.phaseHint = QLabel(PairDialog)
        self.phaseHint.setObjectName(u"phaseHint")
        self.phaseHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.phaseHint)

        self.errorLabel = QLabel(PairDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PairDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.organisationEditLabel.setBuddy(self.organisationEdit)
        self.organisationKindComboLabel.setBuddy(self.organisationKindCombo)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.bodyComboLabel.setBuddy(self.bodyCombo)
        self.politicalNameEditLabel.setBuddy(self.politicalNameEdit)
        self.politicalTitleEditLabel.setBuddy(self.politicalTitleEdit)
        self.executiveNameEditLabel.setBuddy(self.executiveNameEdit)
        self.executiveTitleEditLabel.setBuddy(self.executiveTitleEdit)
        self.startDateEditLabel.setBuddy(self.startDateEdit)
        self.phaseComboLabel.setBuddy(self.phaseCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PairDialog)

        QMetaObject.connectSlotsByName(PairDialog)
    # setupUi

    def retranslateUi(self, PairDialog):
        PairDialog.setWindowTitle(QCoreApplication.translate("PairDialog", u"Samspelspar", None))
        self.organisationEditLabel.setText(QCoreApplication.translate("PairDialog", u"&Organisation:", None))
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("PairDialog", u"t.ex. Vaggeryds kommun", None))
        self.organisationKindComboLabel.setText(QCoreApplication.translate("PairDialog", u"Kommun eller re&gion:", None))
        self.kindComboLabel.setText(QCoreApplication.translate("PairDialog", u"&Sorts par:", None))
        self.bodyComboLabel.setText(QCoreApplication.translate("PairDialog", u"&Leder:", None))
#if QT_CONFIG(accessibility)
        self.bodyCombo.setAccessibleName(QCoreApplication.translate("PairDialog", u"N\u00e4mnden eller styrelsen paret leder", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.bodyCombo.setToolTip(QCoreApplication.translate("PairDialog", u"N\u00e4mnden eller styrelsen paret leder. Den antar \u00f6verenskommelsen och st\u00e5r som beslutande instans.", None))
#endif // QT_CONFIG(tooltip)
        self.councilTermCheck.setText(QCoreApplication.translate("PairDialog", u"N\u00e4mndens &mandattid f\u00f6ljer fullm\u00e4ktiges (fr\u00e5n 15 oktober val\u00e5ret)", None))
#if QT_CONFIG(tooltip)
        self.councilTermCheck.setToolTip(QCoreApplication.translate("PairDialog", u"Fullm\u00e4ktige best\u00e4mmer n\u00e4mndernas mandattid (KL 6 kap. 18 \u00a7). Oftast f\u00f6ljer den styrelsens, fr\u00e5n 1 januari \u00e5ret efter valet.", None))
#endif // QT_CONFIG(tooltip)
        self.politicalNameEditLabel.setText(QCoreApplication.translate("PairDialog", u"F\u00f6rtroendevald \u2013 &namn:", None))
        self.politicalTitleEditLabel.setText(QCoreApplication.translate("PairDialog", u"F\u00f6rtroendevald \u2013 &titel:", None))
        self.executiveNameEditLabel.setText(QCoreApplication.translate("PairDialog", u"Tj\u00e4nsteperson \u2013 n&amn:", None))
        self.executiveTitleEditLabel.setText(QCoreApplication.translate("PairDialog", u"Tj\u00e4nsteperson \u2013 t&itel:", None))
        self.startDateEditLabel.setText(QCoreApplication.translate("PairDialog", u"Samarbetet b\u00f6rjade &den:", None))
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("PairDialog", u"yyyy-MM-dd", None))
        self.phaseComboLabel.setText(QCoreApplication.translate("PairDialog", u"Relationens &fas:", None))
        self.phaseHint.setText(QCoreApplication.translate("PairDialog", u"Fasen styr vilka samtalsguider som f\u00f6resl\u00e5s: en ny relation f\u00e5r startsamtalet, en relation som g\u00e5tt p\u00e5 rutin eller st\u00e5r still f\u00e5r nya fr\u00e5gor som f\u00f6rnyar samtalet och en pressad relation fr\u00e5gorna om motst\u00e5ndskraft.", None))
    # retranslateUi

