# Generated from forms/case_review_tab.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_review_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFormLayout,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CaseReviewTab(object):
    def setupUi(self, CaseReviewTab):
        if not CaseReviewTab.objectName():
            CaseReviewTab.setObjectName(u"CaseReviewTab")
        CaseReviewTab.resize(820, 720)
        self.mainLayout = QVBoxLayout(CaseReviewTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.statusLabel = QLabel(CaseReviewTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.messageLabel = QLabel(CaseReviewTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.reviewLayout = QFormLayout()
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.rootCauseLabel = QLabel(CaseReviewTab)
        self.rootCauseLabel.setObjectName(u"rootCauseLabel")

        self.reviewLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rootCauseLabel)

        self.rootCauseEdit = QPlainTextEdit(CaseReviewTab)
        self.rootCauseEdit.setObjectName(u"rootCauseEdit")
        self.rootCauseEdit.setTabChangesFocus(True)

        self.reviewLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rootCauseEdit)

        self.recoveryPlanLabel = QLabel(CaseReviewTab)
        self.recoveryPlanLabel.setObjectName(u"recoveryPlanLabel")

        self.reviewLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recoveryPlanLabel)

        self.recoveryPlanEdit = QPlainTextEdit(CaseReviewTab)
        self.recoveryPlanEdit.setObjectName(u"recoveryPlanEdit")
        self.recoveryPlanEdit.setTabChangesFocus(True)

        self.reviewLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recoveryPlanEdit)

        self.effectEvaluationLabel = QLabel(CaseReviewTab)
        self.effectEvaluationLabel.setObjectName(u"effectEvaluationLabel")

        self.reviewLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.effectEvaluationLabel)

        self.effectEvaluationEdit = QPlainTextEdit(CaseReviewTab)
        self.effectEvaluationEdit.setObjectName(u"effectEvaluationEdit")
        self.effectEvaluationEdit.setTabChangesFocus(True)

        self.reviewLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.effectEvaluationEdit)

        self.lessonsLearnedLabel = QLabel(CaseReviewTab)
        self.lessonsLearnedLabel.setObjectName(u"lessonsLearnedLabel")

        self.reviewLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lessonsLearnedLabel)

        self.lessonsLearnedEdit = QPlainTextEdit(CaseReviewTab)
        self.lessonsLearnedEdit.setObjectName(u"lessonsLearnedEdit")
        self.lessonsLearnedEdit.setTabChangesFocus(True)

        self.reviewLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lessonsLearnedEdit)

        self.planRevisionsLabel = QLabel(CaseReviewTab)
        self.planRevisionsLabel.setObjectName(u"planRevisionsLabel")

        self.reviewLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.planRevisionsLabel)

        self.planRevisionsEdit = QPlainTextEdit(CaseReviewTab)
        self.planRevisionsEdit.setObjectName(u"planRevisionsEdit")
        self.planRevisionsEdit.setTabChangesFocus(True)

        self.reviewLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.planRevisionsEdit)


        self.mainLayout.addLayout(self.reviewLayout)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveLayout.addItem(self.saveSpacer)

        self.saveReviewButton = QPushButton(CaseReviewTab)
        self.saveReviewButton.setObjectName(u"saveReviewButton")

        self.saveLayout.addWidget(self.saveReviewButton)


        self.mainLayout.addLayout(self.saveLayout)

        self.actionsLabel = QLabel(CaseReviewTab)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.mainLayout.addWidget(self.actionsLabel)

        self.actionsTable = QTableView(CaseReviewTab)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actionsTable.setAlternatingRowColors(True)
        self.actionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsTable.horizontalHeader().setStretchLastSection(True)
        self.actionsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.actionsTable)

        self.actionEditorLayout = QGridLayout()
        self.actionEditorLayout.setObjectName(u"actionEditorLayout")
        self.actionTitleLabel = QLabel(CaseReviewTab)
        self.actionTitleLabel.setObjectName(u"actionTitleLabel")

        self.actionEditorLayout.addWidget(self.actionTitleLabel, 0, 0, 1, 1)

        self.actionTitleEdit = QLineEdit(CaseReviewTab)
        self.actionTitleEdit.setObjectName(u"actionTitleEdit")

        self.actionEditorLayout.addWidget(self.actionTitleEdit, 0, 1, 1, 3)

        self.ownerLabel = QLabel(CaseReviewTab)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.actionEditorLayout.addWidget(self.ownerLabel, 1, 0, 1, 1)

        self.ownerCombo = QComboBox(CaseReviewTab)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.actionEditorLayout.addWidget(self.ownerCombo, 1, 1, 1, 1)

        self.dueLabel = QLabel(CaseReviewTab)
        self.dueLabel.setObjectName(u"dueLabel")

        self.actionEditorLayout.addWidget(self.dueLabel, 1, 2, 1, 1)

        self.dueDateEdit = QDateEdit(CaseReviewTab)
        self.dueDateEdit.setObjectName(u"dueDateEdit")
        self.dueDateEdit.setCalendarPopup(True)
        self.dueDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.actionEditorLayout.addWidget(self.dueDateEdit, 1, 3, 1, 1)

        self.statusComboLabel = QLabel(CaseReviewTab)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.actionEditorLayout.addWidget(self.statusComboLabel, 2, 0, 1, 1)

        self.statusCombo = QComboBox(CaseReviewTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.actionEditorLayout.addWidget(self.statusCombo, 2, 1, 1, 1)

        self.actionButtonsLayout = QHBoxLayout()
        self.actionButtonsLayout.setObjectName(u"actionButtonsLayout")
        self.addActionButton = QPushButton(CaseReviewTab)
        self.addActionButton.setObjectName(u"addActionButton")

        self.actionButtonsLayout.addWidget(self.addActionButton)

        self.updateActionButton = QPushButton(CaseReviewTab)
        self.updateActionButton.setObjectName(u"updateActionButton")

        self.actionButtonsLayout.addWidget(self.updateActionButton)

        self.markDoneButton = QPushButton(CaseReviewTab)
        self.markDoneButton.setObjectName(u"markDoneButton")

        self.actionButtonsLayout.addWidget(self.markDoneButton)


        self.actionEditorLayout.addLayout(self.actionButtonsLayout, 2, 2, 1, 2)


        self.mainLayout.addLayout(self.actionEditorLayout)

#if QT_CONFIG(shortcut)
        self.rootCauseLabel.setBuddy(self.rootCauseEdit)
        self.recoveryPlanLabel.setBuddy(self.recoveryPlanEdit)
        self.effectEvaluationLabel.setBuddy(self.effectEvaluationEdit)
        self.lessonsLearnedLabel.setBuddy(self.lessonsLearnedEdit)
        self.planRevisionsLabel.setBuddy(self.planRevisionsEdit)
        self.actionsLabel.setBuddy(self.actionsTable)
        self.actionTitleLabel.setBuddy(self.actionTitleEdit)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.dueLabel.setBuddy(self.dueDateEdit)
        self.statusComboLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.rootCauseEdit, self.recoveryPlanEdit)
        QWidget.setTabOrder(self.recoveryPlanEdit, self.effectEvaluationEdit)
        QWidget.setTabOrder(self.effectEvaluationEdit, self.lessonsLearnedEdit)
        QWidget.setTabOrder(self.lessonsLearnedEdit, self.planRevisionsEdit)
        QWidget.setTabOrder(self.planRevisionsEdit, self.saveReviewButton)
        QWidget.setTabOrder(self.saveReviewButton, self.actionsTable)
        QWidget.setTabOrder(self.actionsTable, self.actionTitleEdit)
        QWidget.setTabOrder(self.actionTitleEdit, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.dueDateEdit)
        QWidget.setTabOrder(self.dueDateEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.addActionButton)
        QWidget.setTabOrder(self.addActionButton, self.updateActionButton)
        QWidget.setTabOrder(self.updateActionButton, self.markDoneButton)

        self.retranslateUi(CaseReviewTab)

        QMetaObject.connectSlotsByName(CaseReviewTab)
    # setupUi

    def retranslateUi(self, CaseReviewTab):
        self.rootCauseLabel.setText(QCoreApplication.translate("CaseReviewTab", u"Root ca&use", None))
#if QT_CONFIG(accessibility)
        self.rootCauseEdit.setAccessibleName(QCoreApplication.translate("CaseReviewTab", u"Root cause", None))
#endif // QT_CONFIG(accessibility)
        self.rootCauseEdit.setPlaceholderText(QCoreApplication.translate("CaseReviewTab", u"Why did it happen? (required before closing)", None))
        self.recoveryPlanLabel.setText(QCoreApplication.translate("CaseReviewTab", u"Recover&y plan", None))
#if QT_CONFIG(accessibility)
        self.recoveryPlanEdit.setAccessibleName(QCoreApplication.translate("CaseReviewTab", u"Recovery plan", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryPlanEdit.setPlaceholderText(QCoreApplication.translate("CaseReviewTab", u"How operations and the people affected recover (required before closing)", None))
        self.effectEvaluationLabel.setText(QCoreApplication.translate("CaseReviewTab", u"E&ffect evaluation", None))
#if QT_CONFIG(accessibility)
        self.effectEvaluationEdit.setAccessibleName(QCoreApplication.translate("CaseReviewTab", u"Effect evaluation", None))
#endif // QT_CONFIG(accessibility)
        self.effectEvaluationEdit.setPlaceholderText(QCoreApplication.translate("CaseReviewTab", u"How well did the response work? (required before closing)", None))
        self.lessonsLearnedLabel.setText(QCoreApplication.translate("CaseReviewTab", u"&Lessons learned", None))
#if QT_CONFIG(accessibility)
        self.lessonsLearnedEdit.setAccessibleName(QCoreApplication.translate("CaseReviewTab", u"Lessons learned", None))
#endif // QT_CONFIG(accessibility)
        self.lessonsLearnedEdit.setPlaceholderText(QCoreApplication.translate("CaseReviewTab", u"What to keep and what to change (required before closing)", None))
        self.planRevisionsLabel.setText(QCoreApplication.translate("CaseReviewTab", u"Plan re&visions", None))
#if QT_CONFIG(accessibility)
        self.planRevisionsEdit.setAccessibleName(QCoreApplication.translate("CaseReviewTab", u"Plan revisions", None))
#endif // QT_CONFIG(accessibility)
        self.planRevisionsEdit.setPlaceholderText(QCoreApplication.translate("CaseReviewTab", u"Changes to the response plan (optional)", None))
        self.saveReviewButton.setText(QCoreApplication.translate("CaseReviewTab", u"&Save review", None))
#if QT_CONFIG(tooltip)
        self.saveReviewButton.setToolTip(QCoreApplication.translate("CaseReviewTab", u"Save the review section (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.actionsLabel.setText(QCoreApplication.translate("CaseReviewTab", u"Corrective &actions", None))
#if QT_CONFIG(accessibility)
        self.actionsTable.setAccessibleName(QCoreApplication.translate("CaseReviewTab", u"Corrective actions", None))
#endif // QT_CONFIG(accessibility)
        self.actionTitleLabel.setText(QCoreApplication.translate("CaseReviewTab", u"Act&ion", None))
#if QT_CONFIG(accessibility)
        self.actionTitleEdit.setAccessibleName(QCoreApplication.translate("CaseReviewTab", u"Corrective action", None))
#endif // QT_CONFIG(accessibility)
        self.actionTitleEdit.setPlaceholderText(QCoreApplication.translate("CaseReviewTab", u"What will be done", None))
        self.ownerLabel.setText(QCoreApplication.translate("CaseReviewTab", u"O&wner", None))
#if QT_CONFIG(accessibility)
        self.ownerCombo.setAccessibleName(QCoreApplication.translate("CaseReviewTab", u"Owner of the corrective action", None))
#endif // QT_CONFIG(accessibility)
        self.dueLabel.setText(QCoreApplication.translate("CaseReviewTab", u"&Due", None))
#if QT_CONFIG(accessibility)
        self.dueDateEdit.setAccessibleName(QCoreApplication.translate("CaseReviewTab", u"Due date of the corrective action", None))
#endif // QT_CONFIG(accessibility)
        self.statusComboLabel.setText(QCoreApplication.translate("CaseReviewTab", u"Sta&tus", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("CaseReviewTab", u"Status of the corrective action", None))
#endif // QT_CONFIG(accessibility)
        self.addActionButton.setText(QCoreApplication.translate("CaseReviewTab", u"Add as &new", None))
        self.updateActionButton.setText(QCoreApplication.translate("CaseReviewTab", u"Save c&hanges", None))
        self.markDoneButton.setText(QCoreApplication.translate("CaseReviewTab", u"&Mark done", None))
        pass
    # retranslateUi

