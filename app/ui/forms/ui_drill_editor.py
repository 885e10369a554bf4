# Generated from forms/drill_editor.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'drill_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDateTimeEdit,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableWidget, QVBoxLayout, QWidget)

class Ui_DrillEditor(object):
    def setupUi(self, DrillEditor):
        if not DrillEditor.objectName():
            DrillEditor.setObjectName(u"DrillEditor")
        DrillEditor.resize(860, 620)
        self.mainLayout = QVBoxLayout(DrillEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(DrillEditor)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.headerLabel)

        self.tabWidget = QTabWidget(DrillEditor)
        self.tabWidget.setObjectName(u"tabWidget")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsForm = QFormLayout(self.detailsTab)
        self.detailsForm.setObjectName(u"detailsForm")
        self.titleLabel = QLabel(self.detailsTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.detailsTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.typeLabel = QLabel(self.detailsTab)
        self.typeLabel.setObjectName(u"typeLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.detailsTab)
        self.typeCombo.setObjectName(u"typeCombo")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.categoryLabel = QLabel(self.detailsTab)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.detailsTab)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.gradeLabel = QLabel(self.detailsTab)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gradeLabel)

        self.gradeCombo = QComboBox(self.detailsTab)
        self.gradeCombo.setObjectName(u"gradeCombo")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gradeCombo)

        self.scenarioLabel = QLabel(self.detailsTab)
        self.scenarioLabel.setObjectName(u"scenarioLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scenarioLabel)

        self.scenarioEdit = QPlainTextEdit(self.detailsTab)
        self.scenarioEdit.setObjectName(u"scenarioEdit")
        self.scenarioEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scenarioEdit)

        self.plannedStartLabel = QLabel(self.detailsTab)
        self.plannedStartLabel.setObjectName(u"plannedStartLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.plannedStartLabel)

        self.plannedStartEdit = QDateTimeEdit(self.detailsTab)
        self.plannedStartEdit.setObjectName(u"plannedStartEdit")
        self.plannedStartEdit.setCalendarPopup(True)
        self.plannedStartEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.plannedStartEdit)

        self.durationLabel = QLabel(self.detailsTab)
        self.durationLabel.setObjectName(u"durationLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(self.detailsTab)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(0)
        self.durationSpin.setMaximum(10080)
        self.durationSpin.setSingleStep(15)

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.recurrenceLabel = QLabel(self.detailsTab)
        self.recurrenceLabel.setObjectName(u"recurrenceLabel")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.recurrenceLabel)

        self.recurrenceRow = QHBoxLayout()
        self.recurrenceRow.setObjectName(u"recurrenceRow")
        self.recurrenceCombo = QComboBox(self.detailsTab)
        self.recurrenceCombo.setObjectName(u"recurrenceCombo")

        self.recurrenceRow.addWidget(self.recurrenceCombo)

        self.countLabel = QLabel(self.detailsTab)
        self.countLabel.setObjectName(u"countLabel")

        self.recurrenceRow.addWidget(self.countLabel)

        self.countSpin = QSpinBox(self.detailsTab)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimum(2)
        self.countSpin.setMaximum(52)
        self.countSpin.setValue(4)

        self.recurrenceRow.addWidget(self.countSpin)

        self.recurrenceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recurrenceRow.addItem(self.recurrenceSpacer)


        self.detailsForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.recurrenceRow)

        self.actualLabel = QLabel(self.detailsTab)
        self.actualLabel.setObjectName(u"actualLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.actualLabel)

        self.actualValue = QLabel(self.detailsTab)
        self.actualValue.setObjectName(u"actualValue")
        self.actualValue.setText(u"")
        self.actualValue.setWordWrap(True)
        self.actualValue.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.actualValue)

        self.statusHistoryLabel = QLabel(self.detailsTab)
        self.statusHistoryLabel.setObjectName(u"statusHistoryLabel")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.statusHistoryLabel)

        self.statusHistoryValue = QLabel(self.detailsTab)
        self.statusHistoryValue.setObjectName(u"statusHistoryValue")
        self.statusHistoryValue.setText(u"")
        self.statusHistoryValue.setWordWrap(True)
        self.statusHistoryValue.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.statusHistoryValue)

        self.tabWidget.addTab(self.detailsTab, "")
        self.objectivesTab = QWidget()
        self.objectivesTab.setObjectName(u"objectivesTab")
        self.objectivesLayout = QVBoxLayout(self.objectivesTab)
        self.objectivesLayout.setObjectName(u"objectivesLayout")
        self.objectivesHint = QLabel(self.objectivesTab)
        self.objectivesHint.setObjectName(u"objectivesHint")

        self.objectivesLayout.addWidget(self.objectivesHint)

        self.objectivesTable = QTableWidget(self.objectivesTab)
        self.objectivesTable.setObjectName(u"objectivesTable")
        self.objectivesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.objectivesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.objectivesLayout.addWidget(self.objectivesTable)

        self.objectiveButtons = QHBoxLayout()
        self.objectiveButtons.setObjectName(u"objectiveButtons")
        self.addObjectiveButton = QPushButton(self.objectivesTab)
        self.addObjectiveButton.setObjectName(u"addObjectiveButton")

        self.objectiveButtons.addWidget(self.addObjectiveButton)

        self.removeObjectiveButton = QPushButton(self.objectivesTab)
        self.removeObjectiveButton.setObjectName(u"removeObjectiveButton")

        self.objectiveButtons.addWidget(self.removeObjectiveButton)

        self.objectiveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.objectiveButtons.addItem(self.objectiveSpacer)

        self.rateButton = QPushButton(self.objectivesTab)
        self.rateButton.setObjectName(u"rateButton")

        self.objectiveButtons.addWidget(self.rateButton)


        self.objectivesLayout.addLayout(self.objectiveButtons)

        self.ratingLabel = QLabel(self.objectivesTab)
        self.ratingLabel.setObjectName(u"ratingLabel")
        self.ratingLabel.setText(u"")
        self.ratingLabel.setWordWrap(True)
        self.ratingLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.objectivesLayout.addWidget(self.ratingLabel)

        self.tabWidget.addTab(self.objectivesTab, "")
        self.participantsTab = QWidget()
        self.participantsTab.setObjectName(u"participantsTab")
        self.participantsLayout = QVBoxLayout(self.participantsTab)
        self.participantsLayout.setObjectName(u"participantsLayout")
        self.participantsTable = QTableWidget(self.participantsTab)
        self.participantsTable.setObjectName(u"participantsTable")
        self.participantsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participantsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.participantsLayout.addWidget(self.participantsTable)

        self.participantButtons = QHBoxLayout()
        self.participantButtons.setObjectName(u"participantButtons")
        self.addParticipantButton = QPushButton(self.participantsTab)
        self.addParticipantButton.setObjectName(u"addParticipantButton")

        self.participantButtons.addWidget(self.addParticipantButton)

        self.removeParticipantButton = QPushButton(self.participantsTab)
        self.removeParticipantButton.setObjectName(u"removeParticipantButton")

        self.participantButtons.addWidget(self.removeParticipantButton)

        self.correctTimesButton = QPushButton(self.participantsTab)
        self.correctTimesButton.setObjectName(u"correctTimesButton")

        self.participantButtons.addWidget(self.correctTimesButton)

        self.participantSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.participantButtons.addItem(self.participantSpacer)


        self.participantsLayout.addLayout(self.participantButtons)

        self.keyRolesLabel = QLabel(self.participantsTab)
        self.keyRolesLabel.setObjectName(u"keyRolesLabel")

        self.participantsLayout.addWidget(self.keyRolesLabel)

        self.keyRolesList = QListWidget(self.participantsTab)
        self.keyRolesList.setObjectName(u"keyRolesList")
        self.keyRolesList.setMaximumSize(QSize(16777215, 130))

        self.participantsLayout.addWidget(self.keyRolesList)

        self.tabWidget.addTab(self.participantsTab, "")
        self.findingsTab = QWidget()
        self.findingsTab.setObjectName(u"findingsTab")
        self.findingsLayout = QVBoxLayout(self.findingsTab)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.findingsTable = QTableWidget(self.findingsTab)
        self.findingsTable.setObjectName(u"findingsTable")
        self.findingsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findingsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.findingsLayout.addWidget(self.findingsTable)

        self.findingEntry = QHBoxLayout()
        self.findingEntry.setObjectName(u"findingEntry")
        self.findingSeverityLabel = QLabel(self.findingsTab)
        self.findingSeverityLabel.setObjectName(u"findingSeverityLabel")

        self.findingEntry.addWidget(self.findingSeverityLabel)

        self.findingSeverityCombo = QComboBox(self.findingsTab)
        self.findingSeverityCombo.setObjectName(u"findingSeverityCombo")

        self.findingEntry.addWidget(self.findingSeverityCombo)

        self.findingAreaLabel = QLabel(self.findingsTab)
        self.findingAreaLabel.setObjectName(u"findingAreaLabel")

        self.findingEntry.addWidget(self.findingAreaLabel)

        self.findingAreaCombo = QComboBox(self.findingsTab)
        self.findingAreaCombo.setObjectName(u"findingAreaCombo")

        self.findingEntry.addWidget(self.findingAreaCombo)

        self.findingTextLabel = QLabel(self.findingsTab)
        self.findingTextLabel.setObjectName(u"findingTextLabel")

        self.findingEntry.addWidget(self.findingTextLabel)

        self.findingTextEdit = QLineEdit(self.findingsTab)
        self.findingTextEdit.setObjectName(u"findingTextEdit")

        self.findingEntry.addWidget(self.findingTextEdit)

        self.addFindingButton = QPushButton(self.findingsTab)
        self.addFindingButton.setObjectName(u"addFindingButton")

        self.findingEntry.addWidget(self.addFindingButton)

        self.updateFindingButton = QPushButton(self.findingsTab)
        self.updateFindingButton.setObjectName(u"updateFindingButton")

        self.findingEntry.addWidget(self.updateFindingButton)


        self.findingsLayout.addLayout(self.findingEntry)

        self.actionsTable = QTableWidget(self.findingsTab)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.findingsLayout.addWidget(self.actionsTable)

        self.actionEntry = QHBoxLayout()
        self.actionEntry.setObjectName(u"actionEntry")
        self.actionTitleLabel = QLabel(self.findingsTab)
        self.actionTitleLabel.setObjectName(u"actionTitleLabel")

        self.actionEntry.addWidget(self.actionTitleLabel)

        self.actionTitleEdit = QLineEdit(self.findingsTab)
        self.actionTitleEdit.setObjectName(u"actionTitleEdit")

        self.actionEntry.addWidget(self.actionTitleEdit)

        self.actionOwnerLabel = QLabel(self.findingsTab)
        self.actionOwnerLabel.setObjectName(u"actionOwnerLabel")

        self.actionEntry.addWidget(self.actionOwnerLabel)

        self.actionOwnerCombo = QComboBox(self.findingsTab)
        self.actionOwnerCombo.setObjectName(u"actionOwnerCombo")

        self.actionEntry.addWidget(self.actionOwnerCombo)

        self.actionDueLabel = QLabel(self.findingsTab)
        self.actionDueLabel.setObjectName(u"actionDueLabel")

        self.actionEntry.addWidget(self.actionDueLabel)

        self.actionDueEdit = QDateEdit(self.findingsTab)
        self.actionDueEdit.setObjectName(u"actionDueEdit")
        self.actionDueEdit.setCalendarPopup(True)
        self.actionDueEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.actionEntry.addWidget(self.actionDueEdit)

        self.actionStatusLabel = QLabel(self.findingsTab)
        self.actionStatusLabel.setObjectName(u"actionStatusLabel")

        self.actionEntry.addWidget(self.actionStatusLabel)

        self.actionStatusCombo = QComboBox(self.findingsTab)
        self.actionStatusCombo.setObjectName(u"actionStatusCombo")

        self.actionEntry.addWidget(self.actionStatusCombo)

        self.addActionButton = QPushButton(self.findingsTab)
        self.addActionButton.setObjectName(u"addActionButton")

        self.actionEntry.addWidget(self.addActionButton)

        self.updateActionButton = QPushButton(self.findingsTab)
        self.updateActionButton.setObjectName(u"updateActionButton")

        self.actionEntry.addWidget(self.updateActionButton)

        self.actionDoneButton = QPushButton(self.findingsTab)
        self.actionDoneButton.setObjectName(u"actionDoneButton")

        self.actionEntry.addWidget(self.actionDoneButton)


        self.findingsLayout.addLayout(self.actionEntry)

        self.tabWidget.addTab(self.findingsTab, "")
        self.linksTab = QWidget()
        self.linksTab.setObjectName(u"linksTab")
        self.linksForm = QFormLayout(self.linksTab)
        self.linksForm.setObjectName(u"linksForm")
        self.risksLabel = QLabel(self.linksTab)
        self.risksLabel.setObjectName(u"risksLabel")

        self.linksForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.risksLabel)

        self.risksEdit = QLineEdit(self.linksTab)
        self.risksEdit.setObjectName(u"risksEdit")

        self.linksForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.risksEdit)

        self.risksValue = QLabel(self.linksTab)
        self.risksValue.setObjectName(u"risksValue")
        self.risksValue.setText(u"")
        self.risksValue.setWordWrap(True)
        self.risksValue.setTextFormat(Qt.TextFormat.PlainText)

        self.linksForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.risksValue)

        self.tabWidget.addTab(self.linksTab, "")

        self.mainLayout.addWidget(self.tabWidget)

        self.messageLabel = QLabel(DrillEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.startButton = QPushButton(DrillEditor)
        self.startButton.setObjectName(u"startButton")

        self.bottomRow.addWidget(self.startButton)

        self.endButton = QPushButton(DrillEditor)
        self.endButton.setObjectName(u"endButton")

        self.bottomRow.addWidget(self.endButton)

        self.cancelDrillButton = QPushButton(DrillEditor)
        self.cancelDrillButton.setObjectName(u"cancelDrillButton")

        self.bottomRow.addWidget(self.cancelDrillButton)

        self.resumeButton = QPushButton(DrillEditor)
        self.resumeButton.setObjectName(u"resumeButton")

        self.bottomRow.addWidget(self.resumeButton)

        self.runButton = QPushButton(DrillEditor)
        self.runButton.setObjectName(u"runButton")

        self.bottomRow.addWidget(self.runButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(DrillEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.bottomRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.gradeLabel.setBuddy(self.gradeCombo)
        self.scenarioLabel.setBuddy(self.scenarioEdit)
        self.plannedStartLabel.setBuddy(self.plannedStartEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.recurrenceLabel.setBuddy(self.recurrenceCombo)
        self.countLabel.setBuddy(self.countSpin)
        self.keyRolesLabel.setBuddy(self.keyRolesList)
        self.findingSeverityLabel.setBuddy(self.findingSeverityCombo)
        self.findingAreaLabel.setBuddy(self.findingAreaCombo)
        self.findingTextLabel.setBuddy(self.findingTextEdit)
        self.actionTitleLabel.setBuddy(self.actionTitleEdit)
        self.actionOwnerLabel.setBuddy(self.actionOwnerCombo)
        self.actionDueLabel.setBuddy(self.actionDueEdit)
        self.actionStatusLabel.setBuddy(self.actionStatusCombo)
        self.risksLabel.setBuddy(self.risksEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DrillEditor)

        QMetaObject.connectSlotsByName(DrillEditor)
    # setupUi

    def retranslateUi(self, DrillEditor):
        DrillEditor.setWindowTitle(QCoreApplication.translate("DrillEditor", u"Drill", None))
        self.titleLabel.setText(QCoreApplication.translate("DrillEditor", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.typeLabel.setText(QCoreApplication.translate("DrillEditor", u"T&ype", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Type", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("DrillEditor", u"Scenario &category", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Scenario category", None))
#endif // QT_CONFIG(accessibility)
        self.gradeLabel.setText(QCoreApplication.translate("DrillEditor", u"Scenario &grade", None))
#if QT_CONFIG(accessibility)
        self.gradeCombo.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Scenario grade", None))
#endif // QT_CONFIG(accessibility)
        self.scenarioLabel.setText(QCoreApplication.translate("DrillEditor", u"&Scenario", None))
#if QT_CONFIG(accessibility)
        self.scenarioEdit.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Scenario", None))
#endif // QT_CONFIG(accessibility)
        self.plannedStartLabel.setText(QCoreApplication.translate("DrillEditor", u"&Planned start", None))
#if QT_CONFIG(accessibility)
        self.plannedStartEdit.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Planned start", None))
#endif // QT_CONFIG(accessibility)
        self.durationLabel.setText(QCoreApplication.translate("DrillEditor", u"&Duration", None))
#if QT_CONFIG(accessibility)
        self.durationSpin.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.recurrenceLabel.setText(QCoreApplication.translate("DrillEditor", u"&Repeat", None))
#if QT_CONFIG(accessibility)
        self.recurrenceCombo.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Repeat", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText(QCoreApplication.translate("DrillEditor", u"t&imes", None))
#if QT_CONFIG(accessibility)
        self.countSpin.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Number of drills in the series", None))
#endif // QT_CONFIG(accessibility)
        self.actualLabel.setText(QCoreApplication.translate("DrillEditor", u"Held", None))
        self.statusHistoryLabel.setText(QCoreApplication.translate("DrillEditor", u"Status changes", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.detailsTab), QCoreApplication.translate("DrillEditor", u"Details", None))
        self.objectivesHint.setText(QCoreApplication.translate("DrillEditor", u"One objective per row; rate each once the drill has run.", None))
#if QT_CONFIG(accessibility)
        self.objectivesTable.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Objectives", None))
#endif // QT_CONFIG(accessibility)
        self.addObjectiveButton.setText(QCoreApplication.translate("DrillEditor", u"Add ob&jective", None))
        self.removeObjectiveButton.setText(QCoreApplication.translate("DrillEditor", u"Remove objective", None))
        self.rateButton.setText(QCoreApplication.translate("DrillEditor", u"Save rating", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.objectivesTab), QCoreApplication.translate("DrillEditor", u"Objectives && rating", None))
#if QT_CONFIG(accessibility)
        self.participantsTable.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Participants", None))
#endif // QT_CONFIG(accessibility)
        self.addParticipantButton.setText(QCoreApplication.translate("DrillEditor", u"Add participant", None))
        self.removeParticipantButton.setText(QCoreApplication.translate("DrillEditor", u"Remove participant", None))
        self.correctTimesButton.setText(QCoreApplication.translate("DrillEditor", u"Correct times\u2026", None))
#if QT_CONFIG(tooltip)
        self.correctTimesButton.setToolTip(QCoreApplication.translate("DrillEditor", u"Correct a stamped notification or acknowledgement time, then Save", None))
#endif // QT_CONFIG(tooltip)
        self.keyRolesLabel.setText(QCoreApplication.translate("DrillEditor", u"&Key roles (none ticked: every crisis role taking part)", None))
#if QT_CONFIG(accessibility)
        self.keyRolesList.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Key roles", None))
#endif // QT_CONFIG(accessibility)
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.participantsTab), QCoreApplication.translate("DrillEditor", u"Participants", None))
#if QT_CONFIG(accessibility)
        self.findingsTable.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Findings", None))
#endif // QT_CONFIG(accessibility)
        self.findingSeverityLabel.setText(QCoreApplication.translate("DrillEditor", u"Se&verity", None))
#if QT_CONFIG(accessibility)
        self.findingSeverityCombo.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Severity", None))
#endif // QT_CONFIG(accessibility)
        self.findingAreaLabel.setText(QCoreApplication.translate("DrillEditor", u"&Area", None))
#if QT_CONFIG(accessibility)
        self.findingAreaCombo.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Area", None))
#endif // QT_CONFIG(accessibility)
        self.findingTextLabel.setText(QCoreApplication.translate("DrillEditor", u"&Finding", None))
#if QT_CONFIG(accessibility)
        self.findingTextEdit.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Finding", None))
#endif // QT_CONFIG(accessibility)
        self.findingTextEdit.setPlaceholderText(QCoreApplication.translate("DrillEditor", u"What the drill showed", None))
        self.addFindingButton.setText(QCoreApplication.translate("DrillEditor", u"Add finding", None))
        self.updateFindingButton.setText(QCoreApplication.translate("DrillEditor", u"Update finding", None))
#if QT_CONFIG(tooltip)
        self.updateFindingButton.setToolTip(QCoreApplication.translate("DrillEditor", u"Write the fields above into the selected finding", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.actionsTable.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Corrective actions", None))
#endif // QT_CONFIG(accessibility)
        self.actionTitleLabel.setText(QCoreApplication.translate("DrillEditor", u"Acti&on", None))
#if QT_CONFIG(accessibility)
        self.actionTitleEdit.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.actionTitleEdit.setPlaceholderText(QCoreApplication.translate("DrillEditor", u"Corrective action", None))
        self.actionOwnerLabel.setText(QCoreApplication.translate("DrillEditor", u"O&wner", None))
#if QT_CONFIG(accessibility)
        self.actionOwnerCombo.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Owner role", None))
#endif // QT_CONFIG(accessibility)
        self.actionDueLabel.setText(QCoreApplication.translate("DrillEditor", u"Due o&n", None))
#if QT_CONFIG(accessibility)
        self.actionDueEdit.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Due on", None))
#endif // QT_CONFIG(accessibility)
        self.actionStatusLabel.setText(QCoreApplication.translate("DrillEditor", u"Stat&us", None))
#if QT_CONFIG(accessibility)
        self.actionStatusCombo.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.addActionButton.setText(QCoreApplication.translate("DrillEditor", u"Add action", None))
        self.updateActionButton.setText(QCoreApplication.translate("DrillEditor", u"Update action", None))
#if QT_CONFIG(tooltip)
        self.updateActionButton.setToolTip(QCoreApplication.translate("DrillEditor", u"Write the fields beside into the selected corrective action", None))
#endif // QT_CONFIG(tooltip)
        self.actionDoneButton.setText(QCoreApplication.translate("DrillEditor", u"Mark done", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.findingsTab), QCoreApplication.translate("DrillEditor", u"Findings && actions", None))
        self.risksLabel.setText(QCoreApplication.translate("DrillEditor", u"&Linked risks (codes)", None))
#if QT_CONFIG(accessibility)
        self.risksEdit.setAccessibleName(QCoreApplication.translate("DrillEditor", u"Linked risks", None))
#endif // QT_CONFIG(accessibility)
        self.risksEdit.setPlaceholderText(QCoreApplication.translate("DrillEditor", u"e.g. RSK-001, RSK-004", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.linksTab), QCoreApplication.translate("DrillEditor", u"Links && risks", None))
        self.startButton.setText(QCoreApplication.translate("DrillEditor", u"Start drill", None))
        self.endButton.setText(QCoreApplication.translate("DrillEditor", u"&End drill", None))
        self.cancelDrillButton.setText(QCoreApplication.translate("DrillEditor", u"Cancel drill\u2026", None))
        self.resumeButton.setText(QCoreApplication.translate("DrillEditor", u"Resu&me\u2026", None))
        self.runButton.setText(QCoreApplication.translate("DrillEditor", u"Run drill (stopwatc&h)\u2026", None))
    # retranslateUi

