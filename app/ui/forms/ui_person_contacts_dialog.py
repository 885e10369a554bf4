# Generated from forms/person_contacts_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_contacts_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout,
    QGroupBox, QLabel, QLineEdit, QVBoxLayout,
    QWidget)

class Ui_PersonContactsDialog(object):
    def setupUi(self, PersonContactsDialog):
        if not PersonContactsDialog.objectName():
            PersonContactsDialog.setObjectName(u"PersonContactsDialog")
        PersonContactsDialog.resize(500, 520)
        self.mainLayout = QVBoxLayout(PersonContactsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(PersonContactsDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.contact1Group = QGroupBox(PersonContactsDialog)
        self.contact1Group.setObjectName(u"contact1Group")
        self.contact1Layout = QFormLayout(self.contact1Group)
        self.contact1Layout.setObjectName(u"contact1Layout")
        self.contact1Layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name1Label = QLabel(self.contact1Group)
        self.name1Label.setObjectName(u"name1Label")

        self.contact1Layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name1Label)

        self.name1Edit = QLineEdit(self.contact1Group)
        self.name1Edit.setObjectName(u"name1Edit")
        self.name1Edit.setMaxLength(200)

        self.contact1Layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name1Edit)

        self.relation1Label = QLabel(self.contact1Group)
        self.relation1Label.setObjectName(u"relation1Label")

        self.contact1Layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.relation1Label)

        self.relation1Edit = QLineEdit(self.contact1Group)
        self.relation1Edit.setObjectName(u"relation1Edit")
        self.relation1Edit.setMaxLength(60)

        self.contact1Layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.relation1Edit)

        self.phone1Label = QLabel(self.contact1Group)
        self.phone1Label.setObjectName(u"phone1Label")

        self.contact1Layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phone1Label)

        self.phone1Edit = QLineEdit(self.contact1Group)
        self.phone1Edit.setObjectName(u"phone1Edit")
        self.phone1Edit.setMaxLength(40)

        self.contact1Layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone1Edit)

        self.authorised1Check = QCheckBox(self.contact1Group)
        self.authorised1Check.setObjectName(u"authorised1Check")

        self.contact1Layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.authorised1Check)

        self.method1Label = QLabel(self.contact1Group)
        self.method1Label.setObjectName(u"method1Label")

        self.contact1Layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.method1Label)

        self.method1Combo = QComboBox(self.contact1Group)
        self.method1Combo.setObjectName(u"method1Combo")

        self.contact1Layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.method1Combo)

        self.authorisedAt1Label = QLabel(self.contact1Group)
        self.authorisedAt1Label.setObjectName(u"authorisedAt1Label")
        self.authorisedAt1Label.setText(u"")
        self.authorisedAt1Label.setTextFormat(Qt.TextFormat.PlainText)
        self.authorisedAt1Label.setWordWrap(True)

        self.contact1Layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.authorisedAt1Label)


        self.mainLayout.addWidget(self.contact1Group)

        self.contact2Group = QGroupBox(PersonContactsDialog)
        self.contact2Group.setObjectName(u"contact2Group")
        self.contact2Layout = QFormLayout(self.contact2Group)
        self.contact2Layout.setObjectName(u"contact2Layout")
        self.contact2Layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name2Label = QLabel(self.contact2Group)
        self.name2Label.setObjectName(u"name2Label")

        self.contact2Layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name2Label)

        self.name2Edit = QLineEdit(self.contact2Group)
        self.name2Edit.setObjectName(u"name2Edit")
        self.name2Edit.setMaxLength(200)

        self.contact2Layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name2Edit)

        self.relation2Label = QLabel(self.contact2Group)
        self.relation2Label.setObjectName(u"relation2Label")

        self.contact2Layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.relation2Label)

        self.relation2Edit = QLineEdit(self.contact2Group)
        self.relation2Edit.setObjectName(u"relation2Edit")
        self.relation2Edit.setMaxLength(60)

        self.contact2Layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.relation2Edit)

        self.phone2Label = QLabel(self.contact2Group)
        self.phone2Label.setObjectName(u"phone2Label")

        self.contact2Layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phone2Label)

        self.phone2Edit = QLineEdit(self.contact2Group)
        self.phone2Edit.setObjectName(u"phone2Edit")
        self.phone2Edit.setMaxLength(40)

        self.contact2Layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone2Edit)

        self.authorised2Check = QCheckBox(self.contact2Group)
        self.authorised2Check.setObjectName(u"authorised2Check")

        self.contact2Layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.authorised2Check)

        self.method2Label = QLabel(self.contact2Group)
        self.method2Label.setObjectName(u"method2Label")

        self.contact2Layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.method2Label)

        self.method2Combo = QComboBox(self.contact2Group)
        self.method2Combo.setObjectName(u"method2Combo")

        self.contact2Layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.method2Combo)

        self.authorisedAt2Label = QLabel(self.contact2Group)
        self.authorisedAt2Label.setObjectName(u"authorisedAt2Label")
        self.authorisedAt2Label.setText(u"")
        self.authorisedAt2Label.setTextFormat(Qt.TextFormat.PlainText)
        self.authorisedAt2Label.setWordWrap(True)

        self.contact2Layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.authorisedAt2Label)


        self.mainLayout.addWidget(self.contact2Group)

        self.messageLabel = QLabel(PersonContactsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PersonContactsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.name1Label.setBuddy(self.name1Edit)
        self.relation1Label.setBuddy(self.relation1Edit)
        self.phone1Label.setBuddy(self.phone1Edit)
        self.method1Label.setBuddy(self.method1Combo)
        self.name2Label.setBuddy(self.name2Edit)
        self.relation2Label.setBuddy(self.relation2Edit)
        self.phone2Label.setBuddy(self.phone2Edit)
        self.method2Label.setBuddy(self.method2Combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name1Edit, self.relation1Edit)
        QWidget.setTabOrder(self.relation1Edit, self.phone1Edit)
        QWidget.setTabOrder(self.phone1Edit, self.authorised1Check)
        QWidget.setTabOrder(self.authorised1Check, self.method1Combo)
        QWidget.setTabOrder(self.method1Combo, self.name2Edit)
        QWidget.setTabOrder(self.name2Edit, self.relation2Edit)
        QWidget.setTabOrder(self.relation2Edit, self.phone2Edit)
        QWidget.setTabOrder(self.phone2Edit, self.authorised2Check)
        QWidget.setTabOrder(self.authorised2Check, self.method2Combo)

        self.retranslateUi(PersonContactsDialog)
        self.buttonBox.rejected.connect(PersonContactsDialog.reject)

        QMetaObject.connectSlotsByName(PersonContactsDialog)
    # setupUi

    def retranslateUi(self, PersonContactsDialog):
        PersonContactsDialog.setWindowTitle(QCoreApplication.translate("PersonContactsDialog", u"Emergency contacts", None))
        self.explanationLabel.setText(QCoreApplication.translate("PersonContactsDialog", u"The employee may name one or two emergency contacts. They are contacted only with the employee's recorded authorisation: record how it was given. A changed name or number is a new contact and needs a new authorisation.", None))
        self.contact1Group.setTitle(QCoreApplication.translate("PersonContactsDialog", u"First contact", None))
        self.name1Label.setText(QCoreApplication.translate("PersonContactsDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name1Edit.setAccessibleName(QCoreApplication.translate("PersonContactsDialog", u"Contact 1 name", None))
#endif // QT_CONFIG(accessibility)
        self.relation1Label.setText(QCoreApplication.translate("PersonContactsDialog", u"&Relation", None))
#if QT_CONFIG(accessibility)
        self.relation1Edit.setAccessibleName(QCoreApplication.translate("PersonContactsDialog", u"Contact 1 relation", None))
#endif // QT_CONFIG(accessibility)
        self.phone1Label.setText(QCoreApplication.translate("PersonContactsDialog", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phone1Edit.setAccessibleName(QCoreApplication.translate("PersonContactsDialog", u"Contact 1 phone", None))
#endif // QT_CONFIG(accessibility)
        self.authorised1Check.setText(QCoreApplication.translate("PersonContactsDialog", u"Employee &authorised contacting them", None))
        self.method1Label.setText(QCoreApplication.translate("PersonContactsDialog", u"&Consent given", None))
#if QT_CONFIG(accessibility)
        self.method1Combo.setAccessibleName(QCoreApplication.translate("PersonContactsDialog", u"Contact 1: how the employee gave the authorisation", None))
#endif // QT_CONFIG(accessibility)
        self.contact2Group.setTitle(QCoreApplication.translate("PersonContactsDialog", u"Second contact (optional)", None))
        self.name2Label.setText(QCoreApplication.translate("PersonContactsDialog", u"Na&me", None))
#if QT_CONFIG(accessibility)
        self.name2Edit.setAccessibleName(QCoreApplication.translate("PersonContactsDialog", u"Contact 2 name", None))
#endif // QT_CONFIG(accessibility)
        self.relation2Label.setText(QCoreApplication.translate("PersonContactsDialog", u"Re&lation", None))
#if QT_CONFIG(accessibility)
        self.relation2Edit.setAccessibleName(QCoreApplication.translate("PersonContactsDialog", u"Contact 2 relation", None))
#endif // QT_CONFIG(accessibility)
        self.phone2Label.setText(QCoreApplication.translate("PersonContactsDialog", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.phone2Edit.setAccessibleName(QCoreApplication.translate("PersonContactsDialog", u"Contact 2 phone", None))
#endif // QT_CONFIG(accessibility)
        self.authorised2Check.setText(QCoreApplication.translate("PersonContactsDialog", u"Employee a&uthorised contacting them", None))
        self.method2Label.setText(QCoreApplication.translate("PersonContactsDialog", u"Consent &given", None))
#if QT_CONFIG(accessibility)
        self.method2Combo.setAccessibleName(QCoreApplication.translate("PersonContactsDialog", u"Contact 2: how the employee gave the authorisation", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

