# Generated from forms/overview_page.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_OverviewPage(object):
    def setupUi(self, OverviewPage):
        if not OverviewPage.objectName():
            OverviewPage.setObjectName(u"OverviewPage")
        OverviewPage.resize(720, 520)
        self.mainLayout = QVBoxLayout(OverviewPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.welcomeLabel = QLabel(OverviewPage)
        self.welcomeLabel.setObjectName(u"welcomeLabel")
        self.welcomeLabel.setText(u"")
        self.welcomeLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.welcomeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.welcomeLabel)

        self.databaseGroup = QGroupBox(OverviewPage)
        self.databaseGroup.setObjectName(u"databaseGroup")
        self.databaseForm = QFormLayout(self.databaseGroup)
        self.databaseForm.setObjectName(u"databaseForm")
        self.databaseForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pathLabel = QLabel(self.databaseGroup)
        self.pathLabel.setObjectName(u"pathLabel")

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathValue = QLabel(self.databaseGroup)
        self.pathValue.setObjectName(u"pathValue")
        self.pathValue.setText(u"")
        self.pathValue.setTextFormat(Qt.TextFormat.PlainText)
        self.pathValue.setWordWrap(True)
        self.pathValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pathValue)

        self.identityLabel = QLabel(self.databaseGroup)
        self.identityLabel.setObjectName(u"identityLabel")

        self.databaseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.identityLabel)

        self.identityValue = QLabel(self.databaseGroup)
        self.identityValue.setObjectName(u"identityValue")
        self.identityValue.setText(u"")
        self.identityValue.setTextFormat(Qt.TextFormat.PlainText)
        self.identityValue.setWordWrap(True)
        self.identityValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.identityValue)

        self.keyModeLabel = QLabel(self.databaseGroup)
        self.keyModeLabel.setObjectName(u"keyModeLabel")

        self.databaseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keyModeLabel)

        self.keyModeValue = QLabel(self.databaseGroup)
        self.keyModeValue.setObjectName(u"keyModeValue")
        self.keyModeValue.setText(u"")
        self.keyModeValue.setTextFormat(Qt.TextFormat.PlainText)
        self.keyModeValue.setWordWrap(True)
        self.keyModeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.keyModeValue)

        self.schemaLabel = QLabel(self.databaseGroup)
        self.schemaLabel.setObjectName(u"schemaLabel")

        self.databaseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.schemaLabel)

        self.schemaValue = QLabel(self.databaseGroup)
        self.schemaValue.setObjectName(u"schemaValue")
        self.schemaValue.setText(u"")
        self.schemaValue.setTextFormat(Qt.TextFormat.PlainText)
        self.schemaValue.setWordWrap(True)
        self.schemaValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.schemaValue)

        self.cipherLabel = QLabel(self.databaseGroup)
        self.cipherLabel.setObjectName(u"cipherLabel")

        self.databaseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cipherLabel)

        self.cipherValue = QLabel(self.databaseGroup)
        self.cipherValue.setObjectName(u"cipherValue")
        self.cipherValue.setText(u"")
        self.cipherValue.setTextFormat(Qt.TextFormat.PlainText)
        self.cipherValue.setWordWrap(True)
        self.cipherValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cipherValue)

        self.integrityLabel = QLabel(self.databaseGroup)
        self.integrityLabel.setObjectName(u"integrityLabel")

        self.databaseForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.integrityLabel)

        self.integrityValue = QLabel(self.databaseGroup)
        self.integrityValue.setObjectName(u"integrityValue")
        self.integrityValue.setText(u"")
        self.integrityValue.setTextFormat(Qt.TextFormat.PlainText)
        self.integrityValue.setWordWrap(True)
        self.integrityValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.integrityValue)

        self.auditLabel = QLabel(self.databaseGroup)
        self.auditLabel.setObjectName(u"auditLabel")

        self.databaseForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.auditLabel)

        self.auditValue = QLabel(self.databaseGroup)
        self.auditValue.setObjectName(u"auditValue")
        self.auditValue.setText(u"")
        self.auditValue.setTextFormat(Qt.TextFormat.PlainText)
        self.auditValue.setWordWrap(True)
        self.auditValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.auditValue)


        self.mainLayout.addWidget(self.databaseGroup)

        self.sessionGroup = QGroupBox(OverviewPage)
        self.sessionGroup.setObjectName(u"sessionGroup")
        self.sessionForm = QFormLayout(self.sessionGroup)
        self.sessionForm.setObjectName(u"sessionForm")
        self.sessionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.userLabel = QLabel(self.sessionGroup)
        self.userLabel.setObjectName(u"userLabel")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userValue = QLabel(self.sessionGroup)
        self.userValue.setObjectName(u"userValue")
        self.userValue.setText(u"")
        self.userValue.setTextFormat(Qt.TextFormat.PlainText)
        self.userValue.setWordWrap(True)
        self.userValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userValue)

        self.roleLabel = QLabel(self.sessionGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleValue = QLabel(self.sessionGroup)
        self.roleValue.setObjectName(u"roleValue")
        self.roleValue.setText(u"")
        self.roleValue.setTextFormat(Qt.TextFormat.PlainText)
        self.roleValue.setWordWrap(True)
        self.roleValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleValue)

        self.lockLabel = QLabel(self.sessionGroup)
        self.lockLabel.setObjectName(u"lockLabel")

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lockLabel)

        self.lockValue = QLabel(self.sessionGroup)
        self.lockValue.setObjectName(u"lockValue")
        self.lockValue.setText(u"")
        self.lockValue.setTextFormat(Qt.TextFormat.PlainText)
        self.lockValue.setWordWrap(True)
        self.lockValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lockValue)


        self.mainLayout.addWidget(self.sessionGroup)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.pathValue)
        self.identityLabel.setBuddy(self.identityValue)
        self.keyModeLabel.setBuddy(self.keyModeValue)
        self.schemaLabel.setBuddy(self.schemaValue)
        self.cipherLabel.setBuddy(self.cipherValue)
        self.integrityLabel.setBuddy(self.integrityValue)
        self.auditLabel.setBuddy(self.auditValue)
        self.userLabel.setBuddy(self.userValue)
        self.roleLabel.setBuddy(self.roleValue)
        self.lockLabel.setBuddy(self.lockValue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pathValue, self.identityValue)
        QWidget.setTabOrder(self.identityValue, self.keyModeValue)
        QWidget.setTabOrder(self.keyModeValue, self.schemaValue)
        QWidget.setTabOrder(self.schemaValue, self.cipherValue)
        QWidget.setTabOrder(self.cipherValue, self.integrityValue)
        QWidget.setTabOrder(self.integrityValue, self.auditValue)
        QWidget.setTabOrder(self.auditValue, self.userValue)
        QWidget.setTabOrder(self.userValue, self.roleValue)
        QWidget.setTabOrder(self.roleValue, self.lockValue)

        self.retranslateUi(OverviewPage)

        QMetaObject.connectSlotsByName(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage):
        OverviewPage.setWindowTitle(QCoreApplication.translate("OverviewPage", u"Overview", None))
        self.databaseGroup.setTitle(QCoreApplication.translate("OverviewPage", u"Database", None))
        self.pathLabel.setText(QCoreApplication.translate("OverviewPage", u"File", None))
        self.identityLabel.setText(QCoreApplication.translate("OverviewPage", u"Identity", None))
        self.keyModeLabel.setText(QCoreApplication.translate("OverviewPage", u"Key held by", None))
        self.schemaLabel.setText(QCoreApplication.translate("OverviewPage", u"Schema version", None))
        self.cipherLabel.setText(QCoreApplication.translate("OverviewPage", u"Encryption", None))
        self.integrityLabel.setText(QCoreApplication.translate("OverviewPage", u"Integrity", None))
        self.auditLabel.setText(QCoreApplication.translate("OverviewPage", u"Audit trail", None))
        self.sessionGroup.setTitle(QCoreApplication.translate("OverviewPage", u"Your session", None))
        self.userLabel.setText(QCoreApplication.translate("OverviewPage", u"Signed in as", None))
        self.roleLabel.setText(QCoreApplication.translate("OverviewPage", u"Role", None))
        self.lockLabel.setText(QCoreApplication.translate("OverviewPage", u"Auto-lock", None))
    # retranslateUi

