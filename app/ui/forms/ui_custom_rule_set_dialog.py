# Generated from forms/custom_rule_set_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'custom_rule_set_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QDoubleSpinBox,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_CustomRuleSetDialog(object):
    def setupUi(self, CustomRuleSetDialog):
        if not CustomRuleSetDialog.objectName():
            CustomRuleSetDialog.setObjectName(u"CustomRuleSetDialog")
        CustomRuleSetDialog.resize(720, 480)
        self.mainLayout = QVBoxLayout(CustomRuleSetDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.nameLayout = QHBoxLayout()
        self.nameLayout.setObjectName(u"nameLayout")
        self.nameLabel = QLabel(CustomRuleSetDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.nameLayout.addWidget(self.nameLabel)

        self.nameEdit = QLineEdit(CustomRuleSetDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.nameLayout.addWidget(self.nameEdit)


        self.mainLayout.addLayout(self.nameLayout)

        self.rulesTable = QTableView(CustomRuleSetDialog)
        self.rulesTable.setObjectName(u"rulesTable")
        self.rulesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rulesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rulesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rulesTable.horizontalHeader().setStretchLastSection(True)
        self.rulesTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.rulesTable)

        self.ruleLayout = QGridLayout()
        self.ruleLayout.setObjectName(u"ruleLayout")
        self.keyLabel = QLabel(CustomRuleSetDialog)
        self.keyLabel.setObjectName(u"keyLabel")

        self.ruleLayout.addWidget(self.keyLabel, 0, 0, 1, 1)

        self.keyEdit = QLineEdit(CustomRuleSetDialog)
        self.keyEdit.setObjectName(u"keyEdit")
        self.keyEdit.setMaxLength(32)

        self.ruleLayout.addWidget(self.keyEdit, 0, 1, 1, 1)

        self.labelLabel = QLabel(CustomRuleSetDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.ruleLayout.addWidget(self.labelLabel, 0, 2, 1, 1)

        self.labelEdit = QLineEdit(CustomRuleSetDialog)
        self.labelEdit.setObjectName(u"labelEdit")
        self.labelEdit.setMaxLength(200)

        self.ruleLayout.addWidget(self.labelEdit, 0, 3, 1, 1)

        self.startLabel = QLabel(CustomRuleSetDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.ruleLayout.addWidget(self.startLabel, 1, 0, 1, 1)

        self.startCombo = QComboBox(CustomRuleSetDialog)
        self.startCombo.setObjectName(u"startCombo")

        self.ruleLayout.addWidget(self.startCombo, 1, 1, 1, 1)

        self.afterLabel = QLabel(CustomRuleSetDialog)
        self.afterLabel.setObjectName(u"afterLabel")

        self.ruleLayout.addWidget(self.afterLabel, 1, 2, 1, 1)

        self.afterCombo = QComboBox(CustomRuleSetDialog)
        self.afterCombo.setObjectName(u"afterCombo")

        self.ruleLayout.addWidget(self.afterCombo, 1, 3, 1, 1)

        self.hoursLabel = QLabel(CustomRuleSetDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.ruleLayout.addWidget(self.hoursLabel, 2, 0, 1, 1)

        self.hoursSpin = QDoubleSpinBox(CustomRuleSetDialog)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(1)
        self.hoursSpin.setMinimum(0.500000000000000)
        self.hoursSpin.setMaximum(8784.000000000000000)
        self.hoursSpin.setValue(72.000000000000000)

        self.ruleLayout.addWidget(self.hoursSpin, 2, 1, 1, 1)

        self.audienceLabel = QLabel(CustomRuleSetDialog)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.ruleLayout.addWidget(self.audienceLabel, 2, 2, 1, 1)

        self.audienceCombo = QComboBox(CustomRuleSetDialog)
        self.audienceCombo.setObjectName(u"audienceCombo")

        self.ruleLayout.addWidget(self.audienceCombo, 2, 3, 1, 1)


        self.mainLayout.addLayout(self.ruleLayout)

        self.ruleButtonsLayout = QHBoxLayout()
        self.ruleButtonsLayout.setObjectName(u"ruleButtonsLayout")
        self.addRuleButton = QPushButton(CustomRuleSetDialog)
        self.addRuleButton.setObjectName(u"addRuleButton")
        self.addRuleButton.setAutoDefault(False)

        self.ruleButtonsLayout.addWidget(self.addRuleButton)

        self.removeRuleButton = QPushButton(CustomRuleSetDialog)
        self.removeRuleButton.setObjectName(u"removeRuleButton")
        self.removeRuleButton.setAutoDefault(False)

        self.ruleButtonsLayout.addWidget(self.removeRuleButton)

        self.ruleButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ruleButtonsLayout.addItem(self.ruleButtonsSpacer)


        self.mainLayout.addLayout(self.ruleButtonsLayout)

        self.messageLabel = QLabel(CustomRuleSetDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CustomRuleSetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.keyLabel.setBuddy(self.keyEdit)
        self.labelLabel.setBuddy(self.labelEdit)
        self.startLabel.setBuddy(self.startCombo)
        self.afterLabel.setBuddy(self.afterCombo)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.audienceLabel.setBuddy(self.audienceCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.keyEdit)
        QWidget.setTabOrder(self.keyEdit, self.labelEdit)
        QWidget.setTabOrder(self.labelEdit, self.startCombo)
        QWidget.setTabOrder(self.startCombo, self.afterCombo)
        QWidget.setTabOrder(self.afterCombo, self.hoursSpin)
        QWidget.setTabOrder(self.hoursSpin, self.audienceCombo)
        QWidget.setTabOrder(self.audienceCombo, self.addRuleButton)
        QWidget.setTabOrder(self.addRuleButton, self.removeRuleButton)
        QWidget.setTabOrder(self.removeRuleButton, self.rulesTable)

        self.retranslateUi(CustomRuleSetDialog)
        self.buttonBox.rejected.connect(CustomRuleSetDialog.reject)

        QMetaObject.connectSlotsByName(CustomRuleSetDialog)
    # setupUi

    def retranslateUi(self, CustomRuleSetDialog):
        CustomRuleSetDialog.setWindowTitle(QCoreApplication.translate("CustomRuleSetDialog", u"Custom notification rules", None))
        self.nameLabel.setText(QCoreApplication.translate("CustomRuleSetDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("CustomRuleSetDialog", u"Name of the rule set", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rulesTable.setAccessibleName(QCoreApplication.translate("CustomRuleSetDialog", u"Rules of the set", None))
#endif // QT_CONFIG(accessibility)
        self.keyLabel.setText(QCoreApplication.translate("CustomRuleSetDialog", u"&Key", None))
#if QT_CONFIG(accessibility)
        self.keyEdit.setAccessibleName(QCoreApplication.translate("CustomRuleSetDialog", u"Short key of the rule, such as regulator", None))
#endif // QT_CONFIG(accessibility)
        self.labelLabel.setText(QCoreApplication.translate("CustomRuleSetDialog", u"&What must be sent to whom", None))
#if QT_CONFIG(accessibility)
        self.labelEdit.setAccessibleName(QCoreApplication.translate("CustomRuleSetDialog", u"What must be sent to whom", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("CustomRuleSetDialog", u"Counts &from", None))
#if QT_CONFIG(accessibility)
        self.startCombo.setAccessibleName(QCoreApplication.translate("CustomRuleSetDialog", u"Event the deadline counts from", None))
#endif // QT_CONFIG(accessibility)
        self.afterLabel.setText(QCoreApplication.translate("CustomRuleSetDialog", u"&After which notice", None))
#if QT_CONFIG(accessibility)
        self.afterCombo.setAccessibleName(QCoreApplication.translate("CustomRuleSetDialog", u"Notice whose sending starts this rule", None))
#endif // QT_CONFIG(accessibility)
        self.hoursLabel.setText(QCoreApplication.translate("CustomRuleSetDialog", u"Deadline (&hours)", None))
#if QT_CONFIG(accessibility)
        self.hoursSpin.setAccessibleName(QCoreApplication.translate("CustomRuleSetDialog", u"Deadline in hours", None))
#endif // QT_CONFIG(accessibility)
        self.audienceLabel.setText(QCoreApplication.translate("CustomRuleSetDialog", u"A&udience", None))
#if QT_CONFIG(accessibility)
        self.audienceCombo.setAccessibleName(QCoreApplication.translate("CustomRuleSetDialog", u"Audience", None))
#endif // QT_CONFIG(accessibility)
        self.addRuleButton.setText(QCoreApplication.translate("CustomRuleSetDialog", u"Add &rule", None))
        self.removeRuleButton.setText(QCoreApplication.translate("CustomRuleSetDialog", u"Re&move rule", None))
    # retranslateUi

