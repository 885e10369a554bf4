# Generated from forms/case_people_tab.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_people_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFormLayout, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_CasePeopleTab(object):
    def setupUi(self, CasePeopleTab):
        if not CasePeopleTab.objectName():
            CasePeopleTab.setObjectName(u"CasePeopleTab")
        CasePeopleTab.resize(900, 620)
        self.mainLayout = QVBoxLayout(CasePeopleTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.countLabel = QLabel(CasePeopleTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.topLayout.addWidget(self.countLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.linkPersonButton = QPushButton(CasePeopleTab)
        self.linkPersonButton.setObjectName(u"linkPersonButton")

        self.topLayout.addWidget(self.linkPersonButton)

        self.editPersonButton = QPushButton(CasePeopleTab)
        self.editPersonButton.setObjectName(u"editPersonButton")

        self.topLayout.addWidget(self.editPersonButton)

        self.concernCheck = QCheckBox(CasePeopleTab)
        self.concernCheck.setObjectName(u"concernCheck")

        self.topLayout.addWidget(self.concernCheck)


        self.mainLayout.addLayout(self.topLayout)

        self.messageLabel = QLabel(CasePeopleTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.emptyLabel = QLabel(CasePeopleTab)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.emptyLabel)

        self.splitter = QSplitter(CasePeopleTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.peopleTable = QTableView(self.splitter)
        self.peopleTable.setObjectName(u"peopleTable")
        self.peopleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peopleTable.setAlternatingRowColors(True)
        self.peopleTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peopleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.splitter.addWidget(self.peopleTable)
        self.peopleTable.horizontalHeader().setStretchLastSection(True)
        self.peopleTable.verticalHeader().setVisible(False)
        self.detailWidget = QWidget(self.splitter)
        self.detailWidget.setObjectName(u"detailWidget")
        self.detailLayout = QVBoxLayout(self.detailWidget)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.alertLabel = QLabel(self.detailWidget)
        self.alertLabel.setObjectName(u"alertLabel")
        self.alertLabel.setText(u"")
        self.alertLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.alertLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.alertLabel)

        self.detailTabs = QTabWidget(self.detailWidget)
        self.detailTabs.setObjectName(u"detailTabs")
        self.followUpsPage = QWidget()
        self.followUpsPage.setObjectName(u"followUpsPage")
        self.followUpsPageLayout = QVBoxLayout(self.followUpsPage)
        self.followUpsPageLayout.setObjectName(u"followUpsPageLayout")
        self.followUpsTable = QTableView(self.followUpsPage)
        self.followUpsTable.setObjectName(u"followUpsTable")
        self.followUpsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.followUpsTable.setAlternatingRowColors(True)
        self.followUpsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.followUpsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.followUpsTable.setWordWrap(True)
        self.followUpsTable.horizontalHeader().setStretchLastSection(True)
        self.followUpsTable.verticalHeader().setVisible(False)

        self.followUpsPageLayout.addWidget(self.followUpsTable)

        self.followUpButtons = QHBoxLayout()
        self.followUpButtons.setObjectName(u"followUpButtons")
        self.markDoneButton = QPushButton(self.followUpsPage)
        self.markDoneButton.setObjectName(u"markDoneButton")

        self.followUpButtons.addWidget(self.markDoneButton)

        self.addFollowUpButton = QPushButton(self.followUpsPage)
        self.addFollowUpButton.setObjectName(u"addFollowUpButton")

        self.followUpButtons.addWidget(self.addFollowUpButton)

        self.followUpButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpButtons.addItem(self.followUpButtonsSpacer)


        self.followUpsPageLayout.addLayout(self.followUpButtons)

        self.detailTabs.addTab(self.followUpsPage, "")
        self.screeningsPage = QWidget()
        self.screeningsPage.setObjectName(u"screeningsPage")
        self.screeningsPageLayout = QVBoxLayout(self.screeningsPage)
        self.screeningsPageLayout.setObjectName(u"screeningsPageLayout")
        self.screeningsTable = QTableView(self.screeningsPage)
        self.screeningsTable.setObjectName(u"screeningsTable")
        self.screeningsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.screeningsTable.setAlternatingRowColors(True)
        self.screeningsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.screeningsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.screeningsTable.setWordWrap(True)
        self.screeningsTable.horizontalHeader().setStretchLastSection(True)
        self.screeningsTable.verticalHeader().setVisible(False)

        self.screeningsPageLayout.addWidget(self.screeningsTable)

        self.screeningButtons = QHBoxLayout()
        self.screeningButtons.setObjectName(u"screeningButtons")
        self.recordScreeningButton = QPushButton(self.screeningsPage)
        self.recordScreeningButton.setObjectName(u"recordScreeningButton")

        self.screeningButtons.addWidget(self.recordScreeningButton)

        self.screeningButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.screeningButtons.addItem(self.screeningButtonsSpacer)


        self.screeningsPageLayout.addLayout(self.screeningButtons)

        self.detailTabs.addTab(self.screeningsPage, "")
        self.notesPage = QWidget()
        self.notesPage.setObjectName(u"notesPage")
        self.notesPageLayout = QVBoxLayout(self.notesPage)
        self.notesPageLayout.setObjectName(u"notesPageLayout")
        self.notesTable = QTableView(self.notesPage)
        self.notesTable.setObjectName(u"notesTable")
        self.notesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notesTable.setAlternatingRowColors(True)
        self.notesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notesTable.setWordWrap(True)
        self.notesTable.horizontalHeader().setStretchLastSection(True)
        self.notesTable.verticalHeader().setVisible(False)

        self.notesPageLayout.addWidget(self.notesTable)

        self.noteView = QPlainTextEdit(self.notesPage)
        self.noteView.setObjectName(u"noteView")
        self.noteView.setReadOnly(True)
        self.noteView.setTabChangesFocus(True)

        self.notesPageLayout.addWidget(self.noteView)

        self.noteStateLabel = QLabel(self.notesPage)
        self.noteStateLabel.setObjectName(u"noteStateLabel")
        self.noteStateLabel.setText(u"")
        self.noteStateLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.noteStateLabel.setWordWrap(True)

        self.notesPageLayout.addWidget(self.noteStateLabel)

        self.noteButtons = QHBoxLayout()
        self.noteButtons.setObjectName(u"noteButtons")
        self.addNoteButton = QPushButton(self.notesPage)
        self.addNoteButton.setObjectName(u"addNoteButton")

        self.noteButtons.addWidget(self.addNoteButton)

        self.correctNoteButton = QPushButton(self.notesPage)
        self.correctNoteButton.setObjectName(u"correctNoteButton")

        self.noteButtons.addWidget(self.correctNoteButton)

        self.addAddendumButton = QPushButton(self.notesPage)
        self.addAddendumButton.setObjectName(u"addAddendumButton")

        self.noteButtons.addWidget(self.addAddendumButton)

        self.noteButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noteButtons.addItem(self.noteButtonsSpacer)


        self.notesPageLayout.addLayout(self.noteButtons)

        self.detailTabs.addTab(self.notesPage, "")
        self.identityPage = QWidget()
        self.identityPage.setObjectName(u"identityPage")
        self.identityPageLayout = QVBoxLayout(self.identityPage)
        self.identityPageLayout.setObjectName(u"identityPageLayout")
        self.identityHintLabel = QLabel(self.identityPage)
        self.identityHintLabel.setObjectName(u"identityHintLabel")
        self.identityHintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.identityHintLabel.setWordWrap(True)

        self.identityPageLayout.addWidget(self.identityHintLabel)

        self.identityButtons = QHBoxLayout()
        self.identityButtons.setObjectName(u"identityButtons")
        self.showIdentityButton = QPushButton(self.identityPage)
        self.showIdentityButton.setObjectName(u"showIdentityButton")

        self.identityButtons.addWidget(self.showIdentityButton)

        self.hideIdentityButton = QPushButton(self.identityPage)
        self.hideIdentityButton.setObjectName(u"hideIdentityButton")

        self.identityButtons.addWidget(self.hideIdentityButton)

        self.identityButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.identityButtons.addItem(self.identityButtonsSpacer)


        self.identityPageLayout.addLayout(self.identityButtons)

        self.identityForm = QFormLayout()
        self.identityForm.setObjectName(u"identityForm")
        self.fullNameCaption = QLabel(self.identityPage)
        self.fullNameCaption.setObjectName(u"fullNameCaption")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameCaption)

        self.fullNameValue = QLabel(self.identityPage)
        self.fullNameValue.setObjectName(u"fullNameValue")
        self.fullNameValue.setText(u"")
        self.fullNameValue.setTextFormat(Qt.TextFormat.PlainText)

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameValue)

        self.employeeNumberCaption = QLabel(self.identityPage)
        self.employeeNumberCaption.setObjectName(u"employeeNumberCaption")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.employeeNumberCaption)

        self.employeeNumberValue = QLabel(self.identityPage)
        self.employeeNumberValue.setObjectName(u"employeeNumberValue")
        self.employeeNumberValue.setText(u"")
        self.employeeNumberValue.setTextFormat(Qt.TextFormat.PlainText)

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.employeeNumberValue)

        self.phoneCaption = QLabel(self.identityPage)
        self.phoneCaption.setObjectName(u"phoneCaption")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneValue = QLabel(self.identityPage)
        self.phoneValue.setObjectName(u"phoneValue")
        self.phoneValue.setText(u"")
        self.phoneValue.setTextFormat(Qt.TextFormat.PlainText)

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneValue)

        self.emailCaption = QLabel(self.identityPage)
        self.emailCaption.setObjectName(u"emailCaption")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailValue = QLabel(self.identityPage)
        self.emailValue.setObjectName(u"emailValue")
        self.emailValue.setText(u"")
        self.emailValue.setTextFormat(Qt.TextFormat.PlainText)

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailValue)


        self.identityPageLayout.addLayout(self.identityForm)

        self.contactsTable = QTableView(self.identityPage)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contactsTable.setAlternatingRowColors(True)
        self.contactsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contactsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactsTable.setWordWrap(True)
        self.contactsTable.horizontalHeader().setStretchLastSection(True)
        self.contactsTable.verticalHeader().setVisible(False)

        self.identityPageLayout.addWidget(self.contactsTable)

        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.contactsButton = QPushButton(self.identityPage)
        self.contactsButton.setObjectName(u"contactsButton")

        self.contactButtons.addWidget(self.contactsButton)

        self.useContactButton = QPushButton(self.identityPage)
        self.useContactButton.setObjectName(u"useContactButton")

        self.contactButtons.addWidget(self.useContactButton)

        self.contactButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.contactButtonsSpacer)


        self.identityPageLayout.addLayout(self.contactButtons)

        self.detailTabs.addTab(self.identityPage, "")

        self.detailLayout.addWidget(self.detailTabs)

        self.splitter.addWidget(self.detailWidget)

        self.mainLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.peopleTable, self.linkPersonButton)
        QWidget.setTabOrder(self.linkPersonButton, self.editPersonButton)
        QWidget.setTabOrder(self.editPersonButton, self.concernCheck)
        QWidget.setTabOrder(self.concernCheck, self.detailTabs)

        self.retranslateUi(CasePeopleTab)

        QMetaObject.connectSlotsByName(CasePeopleTab)
    # setupUi

    def retranslateUi(self, CasePeopleTab):
        self.linkPersonButton.setText(QCoreApplication.translate("CasePeopleTab", u"&Link person\u2026", None))
        self.editPersonButton.setText(QCoreApplication.translate("CasePeopleTab", u"&Edit details\u2026", None))
        self.concernCheck.setText(QCoreApplication.translate("CasePeopleTab", u"High risk (clinical &judgement)", None))
        self.emptyLabel.setText(QCoreApplication.translate("CasePeopleTab", u"No one is linked to this incident yet. Link each affected person by a pseudonym: the first contact, tracking and recovery-plan follow-ups are scheduled for them.", None))
#if QT_CONFIG(accessibility)
        self.peopleTable.setAccessibleName(QCoreApplication.translate("CasePeopleTab", u"People linked to this incident", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailTabs.setAccessibleName(QCoreApplication.translate("CasePeopleTab", u"Records of the selected person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.followUpsTable.setAccessibleName(QCoreApplication.translate("CasePeopleTab", u"Follow-ups of the selected person", None))
#endif // QT_CONFIG(accessibility)
        self.markDoneButton.setText(QCoreApplication.translate("CasePeopleTab", u"&Mark done\u2026", None))
        self.addFollowUpButton.setText(QCoreApplication.translate("CasePeopleTab", u"Add follo&w-up\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.followUpsPage), QCoreApplication.translate("CasePeopleTab", u"Follow-ups", None))
#if QT_CONFIG(accessibility)
        self.screeningsTable.setAccessibleName(QCoreApplication.translate("CasePeopleTab", u"Screenings of the selected person", None))
#endif // QT_CONFIG(accessibility)
        self.recordScreeningButton.setText(QCoreApplication.translate("CasePeopleTab", u"Record &screening\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.screeningsPage), QCoreApplication.translate("CasePeopleTab", u"Screenings", None))
#if QT_CONFIG(accessibility)
        self.notesTable.setAccessibleName(QCoreApplication.translate("CasePeopleTab", u"Clinical notes and addenda of the selected person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteView.setAccessibleName(QCoreApplication.translate("CasePeopleTab", u"Text of the selected note", None))
#endif // QT_CONFIG(accessibility)
        self.addNoteButton.setText(QCoreApplication.translate("CasePeopleTab", u"Add &note\u2026", None))
        self.correctNoteButton.setText(QCoreApplication.translate("CasePeopleTab", u"Co&rrect note\u2026", None))
        self.addAddendumButton.setText(QCoreApplication.translate("CasePeopleTab", u"Add adden&dum\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.notesPage), QCoreApplication.translate("CasePeopleTab", u"Clinical notes", None))
        self.identityHintLabel.setText(QCoreApplication.translate("CasePeopleTab", u"The identity and emergency contacts are confidential. They are shown only when you ask, and every look is recorded in the audit trail.", None))
        self.showIdentityButton.setText(QCoreApplication.translate("CasePeopleTab", u"Show &identity", None))
        self.hideIdentityButton.setText(QCoreApplication.translate("CasePeopleTab", u"Hide identit&y", None))
        self.fullNameCaption.setText(QCoreApplication.translate("CasePeopleTab", u"Full name", None))
        self.employeeNumberCaption.setText(QCoreApplication.translate("CasePeopleTab", u"Employee number", None))
        self.phoneCaption.setText(QCoreApplication.translate("CasePeopleTab", u"Phone", None))
        self.emailCaption.setText(QCoreApplication.translate("CasePeopleTab", u"E-mail", None))
#if QT_CONFIG(accessibility)
        self.contactsTable.setAccessibleName(QCoreApplication.translate("CasePeopleTab", u"Emergency contacts of the selected person", None))
#endif // QT_CONFIG(accessibility)
        self.contactsButton.setText(QCoreApplication.translate("CasePeopleTab", u"Emergency &contacts\u2026", None))
        self.useContactButton.setText(QCoreApplication.translate("CasePeopleTab", u"Record contact &use\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.identityPage), QCoreApplication.translate("CasePeopleTab", u"Identity and contacts", None))
        pass
    # retranslateUi

