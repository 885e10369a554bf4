# Generated from forms/case_communication_tab.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_communication_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_CaseCommunicationTab(object):
    def setupUi(self, CaseCommunicationTab):
        if not CaseCommunicationTab.objectName():
            CaseCommunicationTab.setObjectName(u"CaseCommunicationTab")
        CaseCommunicationTab.resize(900, 720)
        self.mainLayout = QVBoxLayout(CaseCommunicationTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pickLayout = QHBoxLayout()
        self.pickLayout.setObjectName(u"pickLayout")
        self.templateLabel = QLabel(CaseCommunicationTab)
        self.templateLabel.setObjectName(u"templateLabel")

        self.pickLayout.addWidget(self.templateLabel)

        self.templateCombo = QComboBox(CaseCommunicationTab)
        self.templateCombo.setObjectName(u"templateCombo")

        self.pickLayout.addWidget(self.templateCombo)

        self.languageLabel = QLabel(CaseCommunicationTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.pickLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(CaseCommunicationTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.pickLayout.addWidget(self.languageCombo)

        self.newDraftButton = QPushButton(CaseCommunicationTab)
        self.newDraftButton.setObjectName(u"newDraftButton")

        self.pickLayout.addWidget(self.newDraftButton)

        self.pickSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pickLayout.addItem(self.pickSpacer)

        self.saveTemplateButton = QPushButton(CaseCommunicationTab)
        self.saveTemplateButton.setObjectName(u"saveTemplateButton")

        self.pickLayout.addWidget(self.saveTemplateButton)

        self.resetTemplateButton = QPushButton(CaseCommunicationTab)
        self.resetTemplateButton.setObjectName(u"resetTemplateButton")

        self.pickLayout.addWidget(self.resetTemplateButton)


        self.mainLayout.addLayout(self.pickLayout)

        self.draftsLabel = QLabel(CaseCommunicationTab)
        self.draftsLabel.setObjectName(u"draftsLabel")

        self.mainLayout.addWidget(self.draftsLabel)

        self.draftsTable = QTableView(CaseCommunicationTab)
        self.draftsTable.setObjectName(u"draftsTable")
        self.draftsTable.setMaximumSize(QSize(16777215, 150))
        self.draftsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.draftsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.draftsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.draftsTable.horizontalHeader().setStretchLastSection(True)
        self.draftsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.draftsTable)

        self.editLayout = QHBoxLayout()
        self.editLayout.setObjectName(u"editLayout")
        self.textLayout = QVBoxLayout()
        self.textLayout.setObjectName(u"textLayout")
        self.subjectLabel = QLabel(CaseCommunicationTab)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.textLayout.addWidget(self.subjectLabel)

        self.subjectEdit = QLineEdit(CaseCommunicationTab)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.textLayout.addWidget(self.subjectEdit)

        self.bodyLabel = QLabel(CaseCommunicationTab)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.textLayout.addWidget(self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(CaseCommunicationTab)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.textLayout.addWidget(self.bodyEdit)


        self.editLayout.addLayout(self.textLayout)

        self.valuesLayout = QVBoxLayout()
        self.valuesLayout.setObjectName(u"valuesLayout")
        self.valuesLabel = QLabel(CaseCommunicationTab)
        self.valuesLabel.setObjectName(u"valuesLabel")

        self.valuesLayout.addWidget(self.valuesLabel)

        self.valuesTable = QTableView(CaseCommunicationTab)
        self.valuesTable.setObjectName(u"valuesTable")
        self.valuesTable.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.valuesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.valuesTable.horizontalHeader().setStretchLastSection(True)
        self.valuesTable.verticalHeader().setVisible(False)

        self.valuesLayout.addWidget(self.valuesTable)


        self.editLayout.addLayout(self.valuesLayout)


        self.mainLayout.addLayout(self.editLayout)

        self.previewLabel = QLabel(CaseCommunicationTab)
        self.previewLabel.setObjectName(u"previewLabel")

        self.mainLayout.addWidget(self.previewLabel)

        self.previewEdit = QPlainTextEdit(CaseCommunicationTab)
        self.previewEdit.setObjectName(u"previewEdit")
        self.previewEdit.setReadOnly(True)
        self.previewEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.previewEdit)

        self.problemsLabel = QLabel(CaseCommunicationTab)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.saveButton = QPushButton(CaseCommunicationTab)
        self.saveButton.setObjectName(u"saveButton")

        self.actionsLayout.addWidget(self.saveButton)

        self.approveButton = QPushButton(CaseCommunicationTab)
        self.approveButton.setObjectName(u"approveButton")

        self.actionsLayout.addWidget(self.approveButton)

        self.sentChannelLabel = QLabel(CaseCommunicationTab)
        self.sentChannelLabel.setObjectName(u"sentChannelLabel")

        self.actionsLayout.addWidget(self.sentChannelLabel)

        self.sentChannelCombo = QComboBox(CaseCommunicationTab)
        self.sentChannelCombo.setObjectName(u"sentChannelCombo")

        self.actionsLayout.addWidget(self.sentChannelCombo)

        self.markSentButton = QPushButton(CaseCommunicationTab)
        self.markSentButton.setObjectName(u"markSentButton")

        self.actionsLayout.addWidget(self.markSentButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.copyButton = QPushButton(CaseCommunicationTab)
        self.copyButton.setObjectName(u"copyButton")

        self.actionsLayout.addWidget(self.copyButton)


        self.mainLayout.addLayout(self.actionsLayout)

        self.messageLabel = QLabel(CaseCommunicationTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.draftsLabel.setBuddy(self.draftsTable)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.valuesLabel.setBuddy(self.valuesTable)
        self.previewLabel.setBuddy(self.previewEdit)
        self.sentChannelLabel.setBuddy(self.sentChannelCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.newDraftButton)
        QWidget.setTabOrder(self.newDraftButton, self.saveTemplateButton)
        QWidget.setTabOrder(self.saveTemplateButton, self.resetTemplateButton)
        QWidget.setTabOrder(self.resetTemplateButton, self.draftsTable)
        QWidget.setTabOrder(self.draftsTable, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.valuesTable)
        QWidget.setTabOrder(self.valuesTable, self.previewEdit)
        QWidget.setTabOrder(self.previewEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.approveButton)
        QWidget.setTabOrder(self.approveButton, self.sentChannelCombo)
        QWidget.setTabOrder(self.sentChannelCombo, self.markSentButton)
        QWidget.setTabOrder(self.markSentButton, self.copyButton)

        self.retranslateUi(CaseCommunicationTab)

        QMetaObject.connectSlotsByName(CaseCommunicationTab)
    # setupUi

    def retranslateUi(self, CaseCommunicationTab):
        self.templateLabel.setText(QCoreApplication.translate("CaseCommunicationTab", u"&Template", None))
#if QT_CONFIG(accessibility)
        self.templateCombo.setAccessibleName(QCoreApplication.translate("CaseCommunicationTab", u"Template", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("CaseCommunicationTab", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("CaseCommunicationTab", u"Language of the message", None))
#endif // QT_CONFIG(accessibility)
        self.newDraftButton.setText(QCoreApplication.translate("CaseCommunicationTab", u"&New from template", None))
        self.saveTemplateButton.setText(QCoreApplication.translate("CaseCommunicationTab", u"Sav&e as template", None))
#if QT_CONFIG(tooltip)
        self.saveTemplateButton.setToolTip(QCoreApplication.translate("CaseCommunicationTab", u"Store this text as the template for everyone (administrators)", None))
#endif // QT_CONFIG(tooltip)
        self.resetTemplateButton.setText(QCoreApplication.translate("CaseCommunicationTab", u"Restore shipped te&xt", None))
        self.draftsLabel.setText(QCoreApplication.translate("CaseCommunicationTab", u"&Drafts", None))
#if QT_CONFIG(accessibility)
        self.draftsTable.setAccessibleName(QCoreApplication.translate("CaseCommunicationTab", u"Communication drafts", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("CaseCommunicationTab", u"&Subject", None))
#if QT_CONFIG(accessibility)
        self.subjectEdit.setAccessibleName(QCoreApplication.translate("CaseCommunicationTab", u"Subject with placeholders", None))
#endif // QT_CONFIG(accessibility)
        self.bodyLabel.setText(QCoreApplication.translate("CaseCommunicationTab", u"&Body (placeholders in braces, such as {hotline})", None))
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("CaseCommunicationTab", u"Body with placeholders", None))
#endif // QT_CONFIG(accessibility)
        self.valuesLabel.setText(QCoreApplication.translate("CaseCommunicationTab", u"Placeholder v&alues", None))
#if QT_CONFIG(accessibility)
        self.valuesTable.setAccessibleName(QCoreApplication.translate("CaseCommunicationTab", u"Placeholder values", None))
#endif // QT_CONFIG(accessibility)
        self.previewLabel.setText(QCoreApplication.translate("CaseCommunicationTab", u"Previe&w", None))
#if QT_CONFIG(accessibility)
        self.previewEdit.setAccessibleName(QCoreApplication.translate("CaseCommunicationTab", u"Preview of the message", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("CaseCommunicationTab", u"Save d&raft", None))
        self.approveButton.setText(QCoreApplication.translate("CaseCommunicationTab", u"A&pprove", None))
        self.sentChannelLabel.setText(QCoreApplication.translate("CaseCommunicationTab", u"C&hannel", None))
#if QT_CONFIG(accessibility)
        self.sentChannelCombo.setAccessibleName(QCoreApplication.translate("CaseCommunicationTab", u"Channel the message was sent by", None))
#endif // QT_CONFIG(accessibility)
        self.markSentButton.setText(QCoreApplication.translate("CaseCommunicationTab", u"&Mark sent", None))
        self.copyButton.setText(QCoreApplication.translate("CaseCommunicationTab", u"&Copy text", None))
        pass
    # retranslateUi

