# Generated from forms/oncall_member_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'oncall_member_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListWidget, QPlainTextEdit, QVBoxLayout)

class Ui_OnCallMemberDialog(object):
    def setupUi(self, OnCallMemberDialog):
        if not OnCallMemberDialog.objectName():
            OnCallMemberDialog.setObjectName(u"OnCallMemberDialog")
        OnCallMemberDialog.resize(460, 420)
        self.mainLayout = QVBoxLayout(OnCallMemberDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(OnCallMemberDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(OnCallMemberDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.rolesLabel = QLabel(OnCallMemberDialog)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rolesLabel)

        self.rolesList = QListWidget(OnCallMemberDialog)
        self.rolesList.setObjectName(u"rolesList")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rolesList)

        self.contactsLabel = QLabel(OnCallMemberDialog)
        self.contactsLabel.setObjectName(u"contactsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactsLabel)

        self.contactsEdit = QPlainTextEdit(OnCallMemberDialog)
        self.contactsEdit.setObjectName(u"contactsEdit")
        self.contactsEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactsEdit)

        self.activeCheck = QCheckBox(OnCallMemberDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.mainLayout.addLayout(self.form)

        self.messageLabel = QLabel(OnCallMemberDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(OnCallMemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.rolesLabel.setBuddy(self.rolesList)
        self.contactsLabel.setBuddy(self.contactsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OnCallMemberDialog)
        self.buttonBox.rejected.connect(OnCallMemberDialog.reject)

        QMetaObject.connectSlotsByName(OnCallMemberDialog)
    # setupUi

    def retranslateUi(self, OnCallMemberDialog):
        OnCallMemberDialog.setWindowTitle(QCoreApplication.translate("OnCallMemberDialog", u"On-call member", None))
        self.nameLabel.setText(QCoreApplication.translate("OnCallMemberDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("OnCallMemberDialog", u"Display name", None))
#endif // QT_CONFIG(accessibility)
        self.rolesLabel.setText(QCoreApplication.translate("OnCallMemberDialog", u"&Roles", None))
#if QT_CONFIG(accessibility)
        self.rolesList.setAccessibleName(QCoreApplication.translate("OnCallMemberDialog", u"Crisis roles the member holds", None))
#endif // QT_CONFIG(accessibility)
        self.contactsLabel.setText(QCoreApplication.translate("OnCallMemberDialog", u"&Contact numbers", None))
#if QT_CONFIG(accessibility)
        self.contactsEdit.setAccessibleName(QCoreApplication.translate("OnCallMemberDialog", u"Contact numbers, one a line", None))
#endif // QT_CONFIG(accessibility)
        self.contactsEdit.setPlaceholderText(QCoreApplication.translate("OnCallMemberDialog", u"One number a line, e.g. +852 9123 4567", None))
        self.activeCheck.setText(QCoreApplication.translate("OnCallMemberDialog", u"&Active (on the rota)", None))
    # retranslateUi

