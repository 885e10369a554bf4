# Generated from forms/checklist_step_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_step_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QVBoxLayout, QWidget)

class Ui_ChecklistStepDialog(object):
    def setupUi(self, ChecklistStepDialog):
        if not ChecklistStepDialog.objectName():
            ChecklistStepDialog.setObjectName(u"ChecklistStepDialog")
        ChecklistStepDialog.resize(480, 200)
        self.mainLayout = QVBoxLayout(ChecklistStepDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(ChecklistStepDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ChecklistStepDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.roleLabel = QLabel(ChecklistStepDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(ChecklistStepDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.dueLabel = QLabel(ChecklistStepDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = QDateTimeEdit(ChecklistStepDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueEdit)


        self.mainLayout.addLayout(self.form)

        self.messageLabel = QLabel(ChecklistStepDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ChecklistStepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.dueLabel.setBuddy(self.dueEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.buttonBox)

        self.retranslateUi(ChecklistStepDialog)
        self.buttonBox.rejected.connect(ChecklistStepDialog.reject)

        QMetaObject.connectSlotsByName(ChecklistStepDialog)
    # setupUi

    def retranslateUi(self, ChecklistStepDialog):
        ChecklistStepDialog.setWindowTitle(QCoreApplication.translate("ChecklistStepDialog", u"Add a checklist step", None))
        self.titleLabel.setText(QCoreApplication.translate("ChecklistStepDialog", u"&Step", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("ChecklistStepDialog", u"Step", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ChecklistStepDialog", u"What has to be done", None))
        self.roleLabel.setText(QCoreApplication.translate("ChecklistStepDialog", u"&Responsible", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("ChecklistStepDialog", u"Responsible role", None))
#endif // QT_CONFIG(accessibility)
        self.dueLabel.setText(QCoreApplication.translate("ChecklistStepDialog", u"D&ue", None))
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("ChecklistStepDialog", u"Due", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

