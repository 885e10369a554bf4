# Generated from forms/oncall_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'oncall_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout,
    QWidget)

class Ui_OnCallDialog(object):
    def setupUi(self, OnCallDialog):
        if not OnCallDialog.objectName():
            OnCallDialog.setObjectName(u"OnCallDialog")
        OnCallDialog.resize(820, 560)
        self.mainLayout = QVBoxLayout(OnCallDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.accessLabel = QLabel(OnCallDialog)
        self.accessLabel.setObjectName(u"accessLabel")
        self.accessLabel.setText(u"")
        self.accessLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.accessLabel)

        self.tabs = QTabWidget(OnCallDialog)
        self.tabs.setObjectName(u"tabs")
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.membersTabLayout = QVBoxLayout(self.membersTab)
        self.membersTabLayout.setObjectName(u"membersTabLayout")
        self.memberTable = QTableWidget(self.membersTab)
        self.memberTable.setObjectName(u"memberTable")
        self.memberTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.memberTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.memberTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.membersTabLayout.addWidget(self.memberTable)

        self.memberButtons = QHBoxLayout()
        self.memberButtons.setObjectName(u"memberButtons")
        self.addMemberButton = QPushButton(self.membersTab)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.memberButtons.addWidget(self.addMemberButton)

        self.editMemberButton = QPushButton(self.membersTab)
        self.editMemberButton.setObjectName(u"editMemberButton")

        self.memberButtons.addWidget(self.editMemberButton)

        self.activeMemberButton = QPushButton(self.membersTab)
        self.activeMemberButton.setObjectName(u"activeMemberButton")

        self.memberButtons.addWidget(self.activeMemberButton)

        self.removeMemberButton = QPushButton(self.membersTab)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.memberButtons.addWidget(self.removeMemberButton)

        self.memberButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberButtons.addItem(self.memberButtonsSpacer)


        self.membersTabLayout.addLayout(self.memberButtons)

        self.tabs.addTab(self.membersTab, "")
        self.rotationsTab = QWidget()
        self.rotationsTab.setObjectName(u"rotationsTab")
        self.rotationsTabLayout = QVBoxLayout(self.rotationsTab)
        self.rotationsTabLayout.setObjectName(u"rotationsTabLayout")
        self.rotationTable = QTableWidget(self.rotationsTab)
        self.rotationTable.setObjectName(u"rotationTable")
        self.rotationTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rotationTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rotationTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.rotationsTabLayout.addWidget(self.rotationTable)

        self.previewLabel = QLabel(self.rotationsTab)
        self.previewLabel.setObjectName(u"previewLabel")

        self.rotationsTabLayout.addWidget(self.previewLabel)

        self.previewTable = QTableWidget(self.rotationsTab)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.rotationsTabLayout.addWidget(self.previewTable)

        self.rotationButtons = QHBoxLayout()
        self.rotationButtons.setObjectName(u"rotationButtons")
        self.addRotationButton = QPushButton(self.rotationsTab)
        self.addRotationButton.setObjectName(u"addRotationButton")

        self.rotationButtons.addWidget(self.addRotationButton)

        self.editRotationButton = QPushButton(self.rotationsTab)
        self.editRotationButton.setObjectName(u"editRotationButton")

        self.rotationButtons.addWidget(self.editRotationButton)

        self.removeRotationButton = QPushButton(self.rotationsTab)
        self.removeRotationButton.setObjectName(u"removeRotationButton")

        self.rotationButtons.addWidget(self.removeRotationButton)

        self.rotationButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rotationButtons.addItem(self.rotationButtonsSpacer)


        self.rotationsTabLayout.addLayout(self.rotationButtons)

        self.tabs.addTab(self.rotationsTab, "")
        self.overridesTab = QWidget()
        self.overridesTab.setObjectName(u"overridesTab")
        self.overridesTabLayout = QVBoxLayout(self.overridesTab)
        self.overridesTabLayout.setObjectName(u"overridesTabLayout")
        self.overrideTable = QTableWidget(self.overridesTab)
        self.overrideTable.setObjectName(u"overrideTable")
        self.overrideTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overrideTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overrideTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.overridesTabLayout.addWidget(self.overrideTable)

        self.overrideButtons = QHBoxLayout()
        self.overrideButtons.setObjectName(u"overrideButtons")
        self.addOverrideButton = QPushButton(self.overridesTab)
        self.addOverrideButton.setObjectName(u"addOverrideButton")

        self.overrideButtons.addWidget(self.addOverrideButton)

        self.addSwapButton = QPushButton(self.overridesTab)
        self.addSwapButton.setObjectName(u"addSwapButton")

        self.overrideButtons.addWidget(self.addSwapButton)

        self.removeOverrideButton = QPushButton(self.overridesTab)
        self.removeOverrideButton.setObjectName(u"removeOverrideButton")

        self.overrideButtons.addWidget(self.removeOverrideButton)

        self.overrideButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.overrideButtons.addItem(self.overrideButtonsSpacer)


        self.overridesTabLayout.addLayout(self.overrideButtons)

        self.tabs.addTab(self.overridesTab, "")
        self.hoursTab = QWidget()
        self.hoursTab.setObjectName(u"hoursTab")
        self.hoursTabLayout = QVBoxLayout(self.hoursTab)
        self.hoursTabLayout.setObjectName(u"hoursTabLayout")
        self.hoursTop = QHBoxLayout()
        self.hoursTop.setObjectName(u"hoursTop")
        self.fromLabel = QLabel(self.hoursTab)
        self.fromLabel.setObjectName(u"fromLabel")

        self.hoursTop.addWidget(self.fromLabel)

        self.fromMonthEdit = QDateEdit(self.hoursTab)
        self.fromMonthEdit.setObjectName(u"fromMonthEdit")
        self.fromMonthEdit.setDisplayFormat(u"yyyy-MM")

        self.hoursTop.addWidget(self.fromMonthEdit)

        self.toLabel = QLabel(self.hoursTab)
        self.toLabel.setObjectName(u"toLabel")

        self.hoursTop.addWidget(self.toLabel)

        self.toMonthEdit = QDateEdit(self.hoursTab)
        self.toMonthEdit.setObjectName(u"toMonthEdit")
        self.toMonthEdit.setDisplayFormat(u"yyyy-MM")

        self.hoursTop.addWidget(self.toMonthEdit)

        self.hoursZoneLabel = QLabel(self.hoursTab)
        self.hoursZoneLabel.setObjectName(u"hoursZoneLabel")

        self.hoursTop.addWidget(self.hoursZoneLabel)

        self.hoursZoneCombo = QComboBox(self.hoursTab)
        self.hoursZoneCombo.setObjectName(u"hoursZoneCombo")
        self.hoursZoneCombo.setEditable(True)

        self.hoursTop.addWidget(self.hoursZoneCombo)

        self.hoursTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursTop.addItem(self.hoursTopSpacer)


        self.hoursTabLayout.addLayout(self.hoursTop)

        self.hoursTable = QTableWidget(self.hoursTab)
        self.hoursTable.setObjectName(u"hoursTable")
        self.hoursTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hoursTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hoursTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.hoursTabLayout.addWidget(self.hoursTable)

        self.hoursTotalLabel = QLabel(self.hoursTab)
        self.hoursTotalLabel.setObjectName(u"hoursTotalLabel")
        self.hoursTotalLabel.setText(u"")

        self.hoursTabLayout.addWidget(self.hoursTotalLabel)

        self.hoursButtons = QHBoxLayout()
        self.hoursButtons.setObjectName(u"hoursButtons")
        self.exportCsvButton = QPushButton(self.hoursTab)
        self.exportCsvButton.setObjectName(u"exportCsvButton")

        self.hoursButtons.addWidget(self.exportCsvButton)

        self.exportXlsxButton = QPushButton(self.hoursTab)
        self.exportXlsxButton.setObjectName(u"exportXlsxButton")

        self.hoursButtons.addWidget(self.exportXlsxButton)

        self.hoursButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursButtons.addItem(self.hoursButtonsSpacer)


        self.hoursTabLayout.addLayout(self.hoursButtons)

        self.tabs.addTab(self.hoursTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(OnCallDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(OnCallDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromMonthEdit)
        self.toLabel.setBuddy(self.toMonthEdit)
        self.hoursZoneLabel.setBuddy(self.hoursZoneCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OnCallDialog)
        self.buttonBox.rejected.connect(OnCallDialog.reject)

        QMetaObject.connectSlotsByName(OnCallDialog)
    # setupUi

    def retranslateUi(self, OnCallDialog):
        OnCallDialog.setWindowTitle(QCoreApplication.translate("OnCallDialog", u"On-call rota", None))
#if QT_CONFIG(accessibility)
        self.memberTable.setAccessibleName(QCoreApplication.translate("OnCallDialog", u"Rota members", None))
#endif // QT_CONFIG(accessibility)
        self.addMemberButton.setText(QCoreApplication.translate("OnCallDialog", u"&Add member\u2026", None))
        self.editMemberButton.setText(QCoreApplication.translate("OnCallDialog", u"&Edit\u2026", None))
        self.activeMemberButton.setText(QCoreApplication.translate("OnCallDialog", u"&Deactivate", None))
        self.removeMemberButton.setText(QCoreApplication.translate("OnCallDialog", u"Re&move", None))
        self.tabs.setTabText(self.tabs.indexOf(self.membersTab), QCoreApplication.translate("OnCallDialog", u"Members", None))
#if QT_CONFIG(accessibility)
        self.rotationTable.setAccessibleName(QCoreApplication.translate("OnCallDialog", u"Rotations", None))
#endif // QT_CONFIG(accessibility)
        self.previewLabel.setText(QCoreApplication.translate("OnCallDialog", u"Next hand-overs", None))
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("OnCallDialog", u"Next hand-overs", None))
#endif // QT_CONFIG(accessibility)
        self.addRotationButton.setText(QCoreApplication.translate("OnCallDialog", u"Add &rotation\u2026", None))
        self.editRotationButton.setText(QCoreApplication.translate("OnCallDialog", u"Re&place\u2026", None))
        self.removeRotationButton.setText(QCoreApplication.translate("OnCallDialog", u"Remo&ve", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rotationsTab), QCoreApplication.translate("OnCallDialog", u"Rotations", None))
#if QT_CONFIG(accessibility)
        self.overrideTable.setAccessibleName(QCoreApplication.translate("OnCallDialog", u"Overrides and swaps", None))
#endif // QT_CONFIG(accessibility)
        self.addOverrideButton.setText(QCoreApplication.translate("OnCallDialog", u"Add &override\u2026", None))
        self.addSwapButton.setText(QCoreApplication.translate("OnCallDialog", u"Add s&wap\u2026", None))
        self.removeOverrideButton.setText(QCoreApplication.translate("OnCallDialog", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.overridesTab), QCoreApplication.translate("OnCallDialog", u"Overrides && swaps", None))
        self.fromLabel.setText(QCoreApplication.translate("OnCallDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromMonthEdit.setAccessibleName(QCoreApplication.translate("OnCallDialog", u"First month", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("OnCallDialog", u"&To", None))
#if QT_CONFIG(accessibility)
        self.toMonthEdit.setAccessibleName(QCoreApplication.translate("OnCallDialog", u"Last month", None))
#endif // QT_CONFIG(accessibility)
        self.hoursZoneLabel.setText(QCoreApplication.translate("OnCallDialog", u"&Zone", None))
#if QT_CONFIG(accessibility)
        self.hoursZoneCombo.setAccessibleName(QCoreApplication.translate("OnCallDialog", u"Time zone the months are counted in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hoursTable.setAccessibleName(QCoreApplication.translate("OnCallDialog", u"On-call hours", None))
#endif // QT_CONFIG(accessibility)
        self.exportCsvButton.setText(QCoreApplication.translate("OnCallDialog", u"Export &CSV\u2026", None))
        self.exportXlsxButton.setText(QCoreApplication.translate("OnCallDialog", u"Export &XLSX\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.hoursTab), QCoreApplication.translate("OnCallDialog", u"Hours", None))
    # retranslateUi

