# Generated from forms/person_editor.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout, QWidget)

class Ui_PersonEditor(object):
    def setupUi(self, PersonEditor):
        if not PersonEditor.objectName():
            PersonEditor.setObjectName(u"PersonEditor")
        PersonEditor.resize(480, 380)
        self.mainLayout = QVBoxLayout(PersonEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(PersonEditor)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pseudonymLabel = QLabel(PersonEditor)
        self.pseudonymLabel.setObjectName(u"pseudonymLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pseudonymLabel)

        self.pseudonymEdit = QLineEdit(PersonEditor)
        self.pseudonymEdit.setObjectName(u"pseudonymEdit")
        self.pseudonymEdit.setMaxLength(32)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pseudonymEdit)

        self.involvementLabel = QLabel(PersonEditor)
        self.involvementLabel.setObjectName(u"involvementLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.involvementLabel)

        self.involvementCombo = QComboBox(PersonEditor)
        self.involvementCombo.setObjectName(u"involvementCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.involvementCombo)

        self.departmentLabel = QLabel(PersonEditor)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentEdit = QLineEdit(PersonEditor)
        self.departmentEdit.setObjectName(u"departmentEdit")
        self.departmentEdit.setMaxLength(100)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.fullNameLabel = QLabel(PersonEditor)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(PersonEditor)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(200)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.employeeNumberLabel = QLabel(PersonEditor)
        self.employeeNumberLabel.setObjectName(u"employeeNumberLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.employeeNumberLabel)

        self.employeeNumberEdit = QLineEdit(PersonEditor)
        self.employeeNumberEdit.setObjectName(u"employeeNumberEdit")
        self.employeeNumberEdit.setMaxLength(40)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.employeeNumberEdit)

        self.phoneLabel = QLabel(PersonEditor)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(PersonEditor)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(PersonEditor)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PersonEditor)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(PersonEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PersonEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pseudonymLabel.setBuddy(self.pseudonymEdit)
        self.involvementLabel.setBuddy(self.involvementCombo)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.employeeNumberLabel.setBuddy(self.employeeNumberEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pseudonymEdit, self.involvementCombo)
        QWidget.setTabOrder(self.involvementCombo, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.employeeNumberEdit)
        QWidget.setTabOrder(self.employeeNumberEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)

        self.retranslateUi(PersonEditor)
        self.buttonBox.rejected.connect(PersonEditor.reject)

        QMetaObject.connectSlotsByName(PersonEditor)
    # setupUi

    def retranslateUi(self, PersonEditor):
        PersonEditor.setWindowTitle(QCoreApplication.translate("PersonEditor", u"Person", None))
        self.explanationLabel.setText(QCoreApplication.translate("PersonEditor", u"Lists, calendars and the audit trail show only the pseudonym. The identity below is confidential: counsellors and admins see it only after choosing \"Show identity\", and every look is recorded.", None))
        self.pseudonymLabel.setText(QCoreApplication.translate("PersonEditor", u"&Pseudonym", None))
#if QT_CONFIG(accessibility)
        self.pseudonymEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Pseudonym", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pseudonymEdit.setAccessibleDescription(QCoreApplication.translate("PersonEditor", u"Leave empty to generate one such as P-4821.", None))
#endif // QT_CONFIG(accessibility)
        self.pseudonymEdit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"Leave empty to generate one (P-4821)", None))
        self.involvementLabel.setText(QCoreApplication.translate("PersonEditor", u"In&volvement", None))
#if QT_CONFIG(accessibility)
        self.involvementCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Involvement", None))
#endif // QT_CONFIG(accessibility)
        self.departmentLabel.setText(QCoreApplication.translate("PersonEditor", u"&Department", None))
#if QT_CONFIG(accessibility)
        self.departmentEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Department", None))
#endif // QT_CONFIG(accessibility)
        self.fullNameLabel.setText(QCoreApplication.translate("PersonEditor", u"&Full name", None))
#if QT_CONFIG(accessibility)
        self.fullNameEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Full name (confidential)", None))
#endif // QT_CONFIG(accessibility)
        self.employeeNumberLabel.setText(QCoreApplication.translate("PersonEditor", u"&Employee number", None))
#if QT_CONFIG(accessibility)
        self.employeeNumberEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Employee number (confidential)", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("PersonEditor", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Phone (confidential)", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("PersonEditor", u"E-&mail", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"E-mail (confidential)", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

