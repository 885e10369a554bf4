# Generated from forms/person_follow_up_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_follow_up_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDateTimeEdit, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout, QWidget)

class Ui_PersonFollowUpDialog(object):
    def setupUi(self, PersonFollowUpDialog):
        if not PersonFollowUpDialog.objectName():
            PersonFollowUpDialog.setObjectName(u"PersonFollowUpDialog")
        PersonFollowUpDialog.resize(420, 180)
        self.mainLayout = QVBoxLayout(PersonFollowUpDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labelLabel = QLabel(PersonFollowUpDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(PersonFollowUpDialog)
        self.labelEdit.setObjectName(u"labelEdit")
        self.labelEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.dueLabel = QLabel(PersonFollowUpDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = QDateTimeEdit(PersonFollowUpDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dueEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(PersonFollowUpDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PersonFollowUpDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.labelLabel.setBuddy(self.labelEdit)
        self.dueLabel.setBuddy(self.dueEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.labelEdit, self.dueEdit)

        self.retranslateUi(PersonFollowUpDialog)
        self.buttonBox.rejected.connect(PersonFollowUpDialog.reject)

        QMetaObject.connectSlotsByName(PersonFollowUpDialog)
    # setupUi

    def retranslateUi(self, PersonFollowUpDialog):
        PersonFollowUpDialog.setWindowTitle(QCoreApplication.translate("PersonFollowUpDialog", u"Add a follow-up", None))
        self.labelLabel.setText(QCoreApplication.translate("PersonFollowUpDialog", u"&What for", None))
#if QT_CONFIG(accessibility)
        self.labelEdit.setAccessibleName(QCoreApplication.translate("PersonFollowUpDialog", u"What the follow-up is for", None))
#endif // QT_CONFIG(accessibility)
        self.dueLabel.setText(QCoreApplication.translate("PersonFollowUpDialog", u"&Due", None))
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("PersonFollowUpDialog", u"Due (local time)", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

