# Generated from forms/case_overview_tab.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_overview_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CaseOverviewTab(object):
    def setupUi(self, CaseOverviewTab):
        if not CaseOverviewTab.objectName():
            CaseOverviewTab.setObjectName(u"CaseOverviewTab")
        CaseOverviewTab.resize(860, 560)
        self.mainLayout = QVBoxLayout(CaseOverviewTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(CaseOverviewTab)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.columnsLayout = QHBoxLayout(self.scrollContents)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.factsGroup = QGroupBox(self.scrollContents)
        self.factsGroup.setObjectName(u"factsGroup")
        self.factsForm = QFormLayout(self.factsGroup)
        self.factsForm.setObjectName(u"factsForm")
        self.factsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.factsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)
        self.titleLabel = QLabel(self.factsGroup)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.factsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleValue = QLabel(self.factsGroup)
        self.titleValue.setObjectName(u"titleValue")
        self.titleValue.setText(u"")
        self.titleValue.setTextFormat(Qt.TextFormat.PlainText)
        self.titleValue.setWordWrap(True)
        self.titleValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleValue)

        self.reportedLabel = QLabel(self.factsGroup)
        self.reportedLabel.setObjectName(u"reportedLabel")
        self.reportedLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.factsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reportedLabel)

        self.reportedValue = QLabel(self.factsGroup)
        self.reportedValue.setObjectName(u"reportedValue")
        self.reportedValue.setText(u"")
        self.reportedValue.setTextFormat(Qt.TextFormat.PlainText)
        self.reportedValue.setWordWrap(True)
        self.reportedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reportedValue)

        self.occurredLabel = QLabel(self.factsGroup)
        self.occurredLabel.setObjectName(u"occurredLabel")
        self.occurredLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.factsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.occurredLabel)

        self.occurredValue = QLabel(self.factsGroup)
        self.occurredValue.setObjectName(u"occurredValue")
        self.occurredValue.setText(u"")
        self.occurredValue.setTextFormat(Qt.TextFormat.PlainText)
        self.occurredValue.setWordWrap(True)
        self.occurredValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.occurredValue)

        self.detectedLabel = QLabel(self.factsGroup)
        self.detectedLabel.setObjectName(u"detectedLabel")
        self.detectedLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.factsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.detectedLabel)

        self.detectedValue = QLabel(self.factsGroup)
        self.detectedValue.setObjectName(u"detectedValue")
        self.detectedValue.setText(u"")
        self.detectedValue.setTextFormat(Qt.TextFormat.PlainText)
        self.detectedValue.setWordWrap(True)
        self.detectedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.detectedValue)

        self.placeLabel = QLabel(self.factsGroup)
        self.placeLabel.setObjectName(u"placeLabel")
        self.placeLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.factsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeValue = QLabel(self.factsGroup)
        self.placeValue.setObjectName(u"placeValue")
        self.placeValue.setText(u"")
        self.placeValue.setTextFormat(Qt.TextFormat.PlainText)
        self.placeValue.setWordWrap(True)
        self.placeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placeValue)

        self.departmentsLabel = QLabel(self.factsGroup)
        self.departmentsLabel.setObjectName(u"departmentsLabel")
        self.departmentsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.factsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.departmentsLabel)

        self.departmentsValue = QLabel(self.factsGroup)
        self.departmentsValue.setObjectName(u"departmentsValue")
        self.departmentsValue.setText(u"")
        self.departmentsValue.setTextFormat(Qt.TextFormat.PlainText)
        self.departmentsValue.setWordWrap(True)
        self.departmentsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.departmentsValue)

        self.peopleLabel = QLabel(self.factsGroup)
        self.peopleLabel.setObjectName(u"peopleLabel")
        self.peopleLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.factsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.peopleLabel)

        self.peopleValue = QLabel(self.factsGroup)
        self.peopleValue.setObjectName(u"peopleValue")
        self.peopleValue.setText(u"")
        self.peopleValue.setTextFormat(Qt.TextFormat.PlainText)
        self.peopleValue.setWordWrap(True)
        self.peopleValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.peopleValue)

        self.peopleLinkedLabel = QLabel(self.factsGroup)
        self.peopleLinkedLabel.setObjectName(u"peopleLinkedLabel")
        self.peopleLinkedLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.factsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.peopleLinkedLabel)

        self.peopleLinkedValue = QLabel(self.factsGroup)
        self.peopleLinkedValue.setObjectName(u"peopleLinkedValue")
        self.peopleLinkedValue.setText(u"")
        self.peopleLinkedValue.setTextFormat(Qt.TextFormat.PlainText)
        self.peopleLinkedValue.setWordWrap(True)
        self.peopleLinkedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.peopleLinkedValue)

        self.impactLabel = QLabel(self.factsGroup)
        self.impactLabel.setObjectName(u"impactLabel")
        self.impactLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.factsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.impactLabel)

        self.impactValue = QLabel(self.factsGroup)
        self.impactValue.setObjectName(u"impactValue")
        self.impactValue.setText(u"")
        self.impactValue.setTextFormat(Qt.TextFormat.PlainText)
        self.impactValue.setWordWrap(True)
        self.impactValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.impactValue)

        self.lossLabel = QLabel(self.factsGroup)
        self.lossLabel.setObjectName(u"lossLabel")
        self.lossLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.factsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.lossLabel)

        self.lossValue = QLabel(self.factsGroup)
        self.lossValue.setObjectName(u"lossValue")
        self.lossValue.setText(u"")
        self.lossValue.setTextFormat(Qt.TextFormat.PlainText)
        self.lossValue.setWordWrap(True)
        self.lossValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.lossValue)

        self.causeLabel = QLabel(self.factsGroup)
        self.causeLabel.setObjectName(u"causeLabel")
        self.causeLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.factsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.causeLabel)

        self.causeValue = QLabel(self.factsGroup)
        self.causeValue.setObjectName(u"causeValue")
        self.causeValue.setText(u"")
        self.causeValue.setTextFormat(Qt.TextFormat.PlainText)
        self.causeValue.setWordWrap(True)
        self.causeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.causeValue)

        self.courseLabel = QLabel(self.factsGroup)
        self.courseLabel.setObjectName(u"courseLabel")
        self.courseLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.factsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.courseLabel)

        self.courseValue = QLabel(self.factsGroup)
        self.courseValue.setObjectName(u"courseValue")
        self.courseValue.setText(u"")
        self.courseValue.setTextFormat(Qt.TextFormat.PlainText)
        self.courseValue.setWordWrap(True)
        self.courseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.courseValue)

        self.sourcesLabel = QLabel(self.factsGroup)
        self.sourcesLabel.setObjectName(u"sourcesLabel")
        self.sourcesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.factsForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.sourcesLabel)

        self.sourcesValue = QLabel(self.factsGroup)
        self.sourcesValue.setObjectName(u"sourcesValue")
        self.sourcesValue.setText(u"")
        self.sourcesValue.setTextFormat(Qt.TextFormat.PlainText)
        self.sourcesValue.setWordWrap(True)
        self.sourcesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.sourcesValue)


        self.leftLayout.addWidget(self.factsGroup)

        self.leftSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftLayout.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.statusGroup = QGroupBox(self.scrollContents)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusLayout = QVBoxLayout(self.statusGroup)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusForm = QFormLayout()
        self.statusForm.setObjectName(u"statusForm")
        self.statusForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.statusForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)
        self.statusLabel = QLabel(self.statusGroup)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.statusForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusValue = QLabel(self.statusGroup)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"")
        self.statusValue.setTextFormat(Qt.TextFormat.PlainText)
        self.statusValue.setWordWrap(True)
        self.statusValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.statusForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.historyLabel = QLabel(self.statusGroup)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.statusForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.historyLabel)

        self.historyValue = QLabel(self.statusGroup)
        self.historyValue.setObjectName(u"historyValue")
        self.historyValue.setText(u"")
        self.historyValue.setTextFormat(Qt.TextFormat.PlainText)
        self.historyValue.setWordWrap(True)
        self.historyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.statusForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.historyValue)

        self.ownerLabel = QLabel(self.statusGroup)
        self.ownerLabel.setObjectName(u"ownerLabel")
        self.ownerLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.statusForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerValue = QLabel(self.statusGroup)
        self.ownerValue.setObjectName(u"ownerValue")
        self.ownerValue.setText(u"")
        self.ownerValue.setTextFormat(Qt.TextFormat.PlainText)
        self.ownerValue.setWordWrap(True)
        self.ownerValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.statusForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ownerValue)

        self.changeOwnerButton = QPushButton(self.statusGroup)
        self.changeOwnerButton.setObjectName(u"changeOwnerButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.changeOwnerButton.sizePolicy().hasHeightForWidth())
        self.changeOwnerButton.setSizePolicy(sizePolicy)

        self.statusForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.changeOwnerButton)


        self.statusLayout.addLayout(self.statusForm)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.editFactsButton = QPushButton(self.statusGroup)
        self.editFactsButton.setObjectName(u"editFactsButton")

        self.actionsLayout.addWidget(self.editFactsButton)

        self.actionsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.statusLayout.addLayout(self.actionsLayout)

        self.messageLabel = QLabel(self.statusGroup)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.messageLabel)


        self.rightLayout.addWidget(self.statusGroup)

        self.clocksGroup = QGroupBox(self.scrollContents)
        self.clocksGroup.setObjectName(u"clocksGroup")
        self.clocksForm = QFormLayout(self.clocksGroup)
        self.clocksForm.setObjectName(u"clocksForm")
        self.clocksForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.clocksForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)
        self.acknowledgeLabel = QLabel(self.clocksGroup)
        self.acknowledgeLabel.setObjectName(u"acknowledgeLabel")
        self.acknowledgeLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.clocksForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.acknowledgeLabel)

        self.acknowledgeValue = QLabel(self.clocksGroup)
        self.acknowledgeValue.setObjectName(u"acknowledgeValue")
        self.acknowledgeValue.setText(u"")
        self.acknowledgeValue.setTextFormat(Qt.TextFormat.PlainText)
        self.acknowledgeValue.setWordWrap(True)
        self.acknowledgeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.clocksForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.acknowledgeValue)

        self.responseLabel = QLabel(self.clocksGroup)
        self.responseLabel.setObjectName(u"responseLabel")
        self.responseLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.clocksForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.responseLabel)

        self.responseValue = QLabel(self.clocksGroup)
        self.responseValue.setObjectName(u"responseValue")
        self.responseValue.setText(u"")
        self.responseValue.setTextFormat(Qt.TextFormat.PlainText)
        self.responseValue.setWordWrap(True)
        self.responseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.clocksForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.responseValue)


        self.rightLayout.addWidget(self.clocksGroup)

        self.ladderGroup = QGroupBox(self.scrollContents)
        self.ladderGroup.setObjectName(u"ladderGroup")
        self.ladderForm = QFormLayout(self.ladderGroup)
        self.ladderForm.setObjectName(u"ladderForm")
        self.ladderForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.ladderForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)
        self.ladderLabel = QLabel(self.ladderGroup)
        self.ladderLabel.setObjectName(u"ladderLabel")
        self.ladderLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.ladderForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ladderLabel)

        self.ladderValue = QLabel(self.ladderGroup)
        self.ladderValue.setObjectName(u"ladderValue")
        self.ladderValue.setText(u"")
        self.ladderValue.setTextFormat(Qt.TextFormat.PlainText)
        self.ladderValue.setWordWrap(True)
        self.ladderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.ladderForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ladderValue)


        self.rightLayout.addWidget(self.ladderGroup)

        self.gradeGroup = QGroupBox(self.scrollContents)
        self.gradeGroup.setObjectName(u"gradeGroup")
        self.gradeForm = QFormLayout(self.gradeGroup)
        self.gradeForm.setObjectName(u"gradeForm")
        self.gradeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.gradeForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)
        self.gradeLabel = QLabel(self.gradeGroup)
        self.gradeLabel.setObjectName(u"gradeLabel")
        self.gradeLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.gradeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gradeLabel)

        self.gradeValue = QLabel(self.gradeGroup)
        self.gradeValue.setObjectName(u"gradeValue")
        self.gradeValue.setText(u"")
        self.gradeValue.setTextFormat(Qt.TextFormat.PlainText)
        self.gradeValue.setWordWrap(True)
        self.gradeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.gradeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.gradeValue)

        self.suggestedLabel = QLabel(self.gradeGroup)
        self.suggestedLabel.setObjectName(u"suggestedLabel")
        self.suggestedLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.gradeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.suggestedLabel)

        self.suggestedValue = QLabel(self.gradeGroup)
        self.suggestedValue.setObjectName(u"suggestedValue")
        self.suggestedValue.setText(u"")
        self.suggestedValue.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestedValue.setWordWrap(True)
        self.suggestedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.gradeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.suggestedValue)

        self.overrideLabel = QLabel(self.gradeGroup)
        self.overrideLabel.setObjectName(u"overrideLabel")
        self.overrideLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.gradeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.overrideLabel)

        self.overrideValue = QLabel(self.gradeGroup)
        self.overrideValue.setObjectName(u"overrideValue")
        self.overrideValue.setText(u"")
        self.overrideValue.setTextFormat(Qt.TextFormat.PlainText)
        self.overrideValue.setWordWrap(True)
        self.overrideValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.gradeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.overrideValue)

        self.gradeHistoryLabel = QLabel(self.gradeGroup)
        self.gradeHistoryLabel.setObjectName(u"gradeHistoryLabel")
        self.gradeHistoryLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.gradeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gradeHistoryLabel)

        self.gradeHistoryValue = QLabel(self.gradeGroup)
        self.gradeHistoryValue.setObjectName(u"gradeHistoryValue")
        self.gradeHistoryValue.setText(u"")
        self.gradeHistoryValue.setTextFormat(Qt.TextFormat.PlainText)
        self.gradeHistoryValue.setWordWrap(True)
        self.gradeHistoryValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.gradeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gradeHistoryValue)

        self.changeGradeButton = QPushButton(self.gradeGroup)
        self.changeGradeButton.setObjectName(u"changeGradeButton")
        sizePolicy.setHeightForWidth(self.changeGradeButton.sizePolicy().hasHeightForWidth())
        self.changeGradeButton.setSizePolicy(sizePolicy)

        self.gradeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.changeGradeButton)


        self.rightLayout.addWidget(self.gradeGroup)

        self.rightSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightLayout.addItem(self.rightSpacer)


        self.columnsLayout.addLayout(self.rightLayout)

        self.columnsLayout.setStretch(0, 3)
        self.columnsLayout.setStretch(1, 2)
        self.scrollArea.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleValue)
        self.reportedLabel.setBuddy(self.reportedValue)
        self.occurredLabel.setBuddy(self.occurredValue)
        self.detectedLabel.setBuddy(self.detectedValue)
        self.placeLabel.setBuddy(self.placeValue)
        self.departmentsLabel.setBuddy(self.departmentsValue)
        self.peopleLabel.setBuddy(self.peopleValue)
        self.peopleLinkedLabel.setBuddy(self.peopleLinkedValue)
        self.impactLabel.setBuddy(self.impactValue)
        self.lossLabel.setBuddy(self.lossValue)
        self.causeLabel.setBuddy(self.causeValue)
        self.courseLabel.setBuddy(self.courseValue)
        self.sourcesLabel.setBuddy(self.sourcesValue)
        self.statusLabel.setBuddy(self.statusValue)
        self.historyLabel.setBuddy(self.historyValue)
        self.ownerLabel.setBuddy(self.ownerValue)
        self.acknowledgeLabel.setBuddy(self.acknowledgeValue)
        self.responseLabel.setBuddy(self.responseValue)
        self.ladderLabel.setBuddy(self.ladderValue)
        self.gradeLabel.setBuddy(self.gradeValue)
        self.suggestedLabel.setBuddy(self.suggestedValue)
        self.overrideLabel.setBuddy(self.overrideValue)
        self.gradeHistoryLabel.setBuddy(self.gradeHistoryValue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.changeOwnerButton, self.editFactsButton)
        QWidget.setTabOrder(self.editFactsButton, self.changeGradeButton)

        self.retranslateUi(CaseOverviewTab)

        QMetaObject.connectSlotsByName(CaseOverviewTab)
    # setupUi

    def retranslateUi(self, CaseOverviewTab):
        self.factsGroup.setTitle(QCoreApplication.translate("CaseOverviewTab", u"Facts", None))
        self.titleLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Title", None))
        self.reportedLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Reported", None))
        self.occurredLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Occurred", None))
        self.detectedLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Detected", None))
        self.placeLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Place", None))
        self.departmentsLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Departments", None))
        self.peopleLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"People involved", None))
        self.peopleLinkedLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"People linked", None))
        self.impactLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Impact", None))
        self.lossLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Loss", None))
        self.causeLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Cause", None))
        self.courseLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Course of events", None))
        self.sourcesLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Information sources", None))
        self.statusGroup.setTitle(QCoreApplication.translate("CaseOverviewTab", u"Status", None))
        self.statusLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Status", None))
        self.historyLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Last change", None))
        self.ownerLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Owner", None))
        self.changeOwnerButton.setText(QCoreApplication.translate("CaseOverviewTab", u"Change o&wner\u2026", None))
        self.editFactsButton.setText(QCoreApplication.translate("CaseOverviewTab", u"Edit &facts\u2026", None))
        self.clocksGroup.setTitle(QCoreApplication.translate("CaseOverviewTab", u"Clocks", None))
        self.acknowledgeLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Acknowledge", None))
        self.responseLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Start response", None))
        self.ladderGroup.setTitle(QCoreApplication.translate("CaseOverviewTab", u"Escalation ladder", None))
        self.ladderLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Steps", None))
        self.gradeGroup.setTitle(QCoreApplication.translate("CaseOverviewTab", u"Grade", None))
        self.gradeLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Grade", None))
        self.suggestedLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Suggested", None))
        self.overrideLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Override reason", None))
        self.gradeHistoryLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Grade history", None))
        self.changeGradeButton.setText(QCoreApplication.translate("CaseOverviewTab", u"Change gra&de\u2026", None))
        pass
    # retranslateUi

