# Generated from forms/case_notifications_tab.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_notifications_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateTimeEdit, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_CaseNotificationsTab(object):
    def setupUi(self, CaseNotificationsTab):
        if not CaseNotificationsTab.objectName():
            CaseNotificationsTab.setObjectName(u"CaseNotificationsTab")
        CaseNotificationsTab.resize(900, 720)
        self.mainLayout = QVBoxLayout(CaseNotificationsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.ladderLabel = QLabel(CaseNotificationsTab)
        self.ladderLabel.setObjectName(u"ladderLabel")

        self.mainLayout.addWidget(self.ladderLabel)

        self.ladderTable = QTableView(CaseNotificationsTab)
        self.ladderTable.setObjectName(u"ladderTable")
        self.ladderTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ladderTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ladderTable.setMaximumSize(QSize(16777215, 140))
        self.ladderTable.horizontalHeader().setStretchLastSection(True)
        self.ladderTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.ladderTable)

        self.ladderSummaryLabel = QLabel(CaseNotificationsTab)
        self.ladderSummaryLabel.setObjectName(u"ladderSummaryLabel")
        self.ladderSummaryLabel.setText(u"")
        self.ladderSummaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ladderSummaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.ladderSummaryLabel)

        self.logHeaderLayout = QHBoxLayout()
        self.logHeaderLayout.setObjectName(u"logHeaderLayout")
        self.logLabel = QLabel(CaseNotificationsTab)
        self.logLabel.setObjectName(u"logLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.logLabel.sizePolicy().hasHeightForWidth())
        self.logLabel.setSizePolicy(sizePolicy)

        self.logHeaderLayout.addWidget(self.logLabel)

        self.acknowledgeButton = QPushButton(CaseNotificationsTab)
        self.acknowledgeButton.setObjectName(u"acknowledgeButton")

        self.logHeaderLayout.addWidget(self.acknowledgeButton)


        self.mainLayout.addLayout(self.logHeaderLayout)

        self.logTable = QTableView(CaseNotificationsTab)
        self.logTable.setObjectName(u"logTable")
        self.logTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.logTable.setAlternatingRowColors(True)
        self.logTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.logTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.logTable.horizontalHeader().setStretchLastSection(True)
        self.logTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.logTable)

        self.recordGroup = QGroupBox(CaseNotificationsTab)
        self.recordGroup.setObjectName(u"recordGroup")
        self.recordLayout = QGridLayout(self.recordGroup)
        self.recordLayout.setObjectName(u"recordLayout")
        self.roleLabel = QLabel(self.recordGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.recordLayout.addWidget(self.roleLabel, 0, 0, 1, 1)

        self.roleCombo = QComboBox(self.recordGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.recordLayout.addWidget(self.roleCombo, 0, 1, 1, 1)

        self.recipientLabel = QLabel(self.recordGroup)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.recordLayout.addWidget(self.recipientLabel, 0, 2, 1, 1)

        self.recipientEdit = QLineEdit(self.recordGroup)
        self.recipientEdit.setObjectName(u"recipientEdit")
        self.recipientEdit.setMaxLength(200)

        self.recordLayout.addWidget(self.recipientEdit, 0, 3, 1, 1)

        self.channelLabel = QLabel(self.recordGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.recordLayout.addWidget(self.channelLabel, 1, 0, 1, 1)

        self.channelCombo = QComboBox(self.recordGroup)
        self.channelCombo.setObjectName(u"channelCombo")

        self.recordLayout.addWidget(self.channelCombo, 1, 1, 1, 1)

        self.notifiedAtLabel = QLabel(self.recordGroup)
        self.notifiedAtLabel.setObjectName(u"notifiedAtLabel")

        self.recordLayout.addWidget(self.notifiedAtLabel, 1, 2, 1, 1)

        self.notifiedAtEdit = QDateTimeEdit(self.recordGroup)
        self.notifiedAtEdit.setObjectName(u"notifiedAtEdit")
        self.notifiedAtEdit.setCalendarPopup(True)
        self.notifiedAtEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.recordLayout.addWidget(self.notifiedAtEdit, 1, 3, 1, 1)

        self.noteLabel = QLabel(self.recordGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.recordLayout.addWidget(self.noteLabel, 2, 0, 1, 1)

        self.noteEdit = QLineEdit(self.recordGroup)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(2000)

        self.recordLayout.addWidget(self.noteEdit, 2, 1, 1, 2)

        self.recordButton = QPushButton(self.recordGroup)
        self.recordButton.setObjectName(u"recordButton")

        self.recordLayout.addWidget(self.recordButton, 2, 3, 1, 1)


        self.mainLayout.addWidget(self.recordGroup)

        self.messageLabel = QLabel(CaseNotificationsTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.breachGroup = QGroupBox(CaseNotificationsTab)
        self.breachGroup.setObjectName(u"breachGroup")
        self.breachLayout = QVBoxLayout(self.breachGroup)
        self.breachLayout.setObjectName(u"breachLayout")
        self.ruleSetLayout = QHBoxLayout()
        self.ruleSetLayout.setObjectName(u"ruleSetLayout")
        self.ruleSetLabel = QLabel(self.breachGroup)
        self.ruleSetLabel.setObjectName(u"ruleSetLabel")

        self.ruleSetLayout.addWidget(self.ruleSetLabel)

        self.ruleSetCombo = QComboBox(self.breachGroup)
        self.ruleSetCombo.setObjectName(u"ruleSetCombo")

        self.ruleSetLayout.addWidget(self.ruleSetCombo)

        self.addRuleSetButton = QPushButton(self.breachGroup)
        self.addRuleSetButton.setObjectName(u"addRuleSetButton")

        self.ruleSetLayout.addWidget(self.addRuleSetButton)

        self.ruleSetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ruleSetLayout.addItem(self.ruleSetSpacer)

        self.eventLabel = QLabel(self.breachGroup)
        self.eventLabel.setObjectName(u"eventLabel")

        self.ruleSetLayout.addWidget(self.eventLabel)

        self.eventCombo = QComboBox(self.breachGroup)
        self.eventCombo.setObjectName(u"eventCombo")

        self.ruleSetLayout.addWidget(self.eventCombo)

        self.eventTimeLabel = QLabel(self.breachGroup)
        self.eventTimeLabel.setObjectName(u"eventTimeLabel")

        self.ruleSetLayout.addWidget(self.eventTimeLabel)

        self.eventTimeEdit = QDateTimeEdit(self.breachGroup)
        self.eventTimeEdit.setObjectName(u"eventTimeEdit")
        self.eventTimeEdit.setCalendarPopup(True)
        self.eventTimeEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.ruleSetLayout.addWidget(self.eventTimeEdit)

        self.recordEventButton = QPushButton(self.breachGroup)
        self.recordEventButton.setObjectName(u"recordEventButton")

        self.ruleSetLayout.addWidget(self.recordEventButton)


        self.breachLayout.addLayout(self.ruleSetLayout)

        self.breachTable = QTableView(self.breachGroup)
        self.breachTable.setObjectName(u"breachTable")
        self.breachTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breachTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.breachTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.breachTable.horizontalHeader().setStretchLastSection(True)
        self.breachTable.verticalHeader().setVisible(False)

        self.breachLayout.addWidget(self.breachTable)

        self.noticeLayout = QHBoxLayout()
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.noticeRuleLabel = QLabel(self.breachGroup)
        self.noticeRuleLabel.setObjectName(u"noticeRuleLabel")

        self.noticeLayout.addWidget(self.noticeRuleLabel)

        self.noticeRuleCombo = QComboBox(self.breachGroup)
        self.noticeRuleCombo.setObjectName(u"noticeRuleCombo")

        self.noticeLayout.addWidget(self.noticeRuleCombo)

        self.noticeTimeLabel = QLabel(self.breachGroup)
        self.noticeTimeLabel.setObjectName(u"noticeTimeLabel")

        self.noticeLayout.addWidget(self.noticeTimeLabel)

        self.noticeTimeEdit = QDateTimeEdit(self.breachGroup)
        self.noticeTimeEdit.setObjectName(u"noticeTimeEdit")
        self.noticeTimeEdit.setCalendarPopup(True)
        self.noticeTimeEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.noticeLayout.addWidget(self.noticeTimeEdit)

        self.noticeRecipientLabel = QLabel(self.breachGroup)
        self.noticeRecipientLabel.setObjectName(u"noticeRecipientLabel")

        self.noticeLayout.addWidget(self.noticeRecipientLabel)

        self.noticeRecipientEdit = QLineEdit(self.breachGroup)
        self.noticeRecipientEdit.setObjectName(u"noticeRecipientEdit")
        self.noticeRecipientEdit.setMaxLength(200)

        self.noticeLayout.addWidget(self.noticeRecipientEdit)


        self.breachLayout.addLayout(self.noticeLayout)

        self.lateLayout = QHBoxLayout()
        self.lateLayout.setObjectName(u"lateLayout")
        self.lateReasonLabel = QLabel(self.breachGroup)
        self.lateReasonLabel.setObjectName(u"lateReasonLabel")

        self.lateLayout.addWidget(self.lateReasonLabel)

        self.lateReasonEdit = QLineEdit(self.breachGroup)
        self.lateReasonEdit.setObjectName(u"lateReasonEdit")
        self.lateReasonEdit.setMaxLength(2000)

        self.lateLayout.addWidget(self.lateReasonEdit)

        self.recordNoticeButton = QPushButton(self.breachGroup)
        self.recordNoticeButton.setObjectName(u"recordNoticeButton")

        self.lateLayout.addWidget(self.recordNoticeButton)


        self.breachLayout.addLayout(self.lateLayout)


        self.mainLayout.addWidget(self.breachGroup)

#if QT_CONFIG(shortcut)
        self.ladderLabel.setBuddy(self.ladderTable)
        self.logLabel.setBuddy(self.logTable)
        self.roleLabel.setBuddy(self.roleCombo)
        self.recipientLabel.setBuddy(self.recipientEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.notifiedAtLabel.setBuddy(self.notifiedAtEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.ruleSetLabel.setBuddy(self.ruleSetCombo)
        self.eventLabel.setBuddy(self.eventCombo)
        self.eventTimeLabel.setBuddy(self.eventTimeEdit)
        self.noticeRuleLabel.setBuddy(self.noticeRuleCombo)
        self.noticeTimeLabel.setBuddy(self.noticeTimeEdit)
        self.noticeRecipientLabel.setBuddy(self.noticeRecipientEdit)
        self.lateReasonLabel.setBuddy(self.lateReasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.ladderTable, self.acknowledgeButton)
        QWidget.setTabOrder(self.acknowledgeButton, self.logTable)
        QWidget.setTabOrder(self.logTable, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.recipientEdit)
        QWidget.setTabOrder(self.recipientEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.notifiedAtEdit)
        QWidget.setTabOrder(self.notifiedAtEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.ruleSetCombo)
        QWidget.setTabOrder(self.ruleSetCombo, self.addRuleSetButton)
        QWidget.setTabOrder(self.addRuleSetButton, self.eventCombo)
        QWidget.setTabOrder(self.eventCombo, self.eventTimeEdit)
        QWidget.setTabOrder(self.eventTimeEdit, self.recordEventButton)
        QWidget.setTabOrder(self.recordEventButton, self.breachTable)
        QWidget.setTabOrder(self.breachTable, self.noticeRuleCombo)
        QWidget.setTabOrder(self.noticeRuleCombo, self.noticeTimeEdit)
        QWidget.setTabOrder(self.noticeTimeEdit, self.noticeRecipientEdit)
        QWidget.setTabOrder(self.noticeRecipientEdit, self.lateReasonEdit)
        QWidget.setTabOrder(self.lateReasonEdit, self.recordNoticeButton)

        self.retranslateUi(CaseNotificationsTab)

        QMetaObject.connectSlotsByName(CaseNotificationsTab)
    # setupUi

    def retranslateUi(self, CaseNotificationsTab):
        self.ladderLabel.setText(QCoreApplication.translate("CaseNotificationsTab", u"&Escalation ladder", None))
#if QT_CONFIG(accessibility)
        self.ladderTable.setAccessibleName(QCoreApplication.translate("CaseNotificationsTab", u"Escalation ladder", None))
#endif // QT_CONFIG(accessibility)
        self.logLabel.setText(QCoreApplication.translate("CaseNotificationsTab", u"Notifications &log", None))
        self.acknowledgeButton.setText(QCoreApplication.translate("CaseNotificationsTab", u"Ac&knowledged", None))
#if QT_CONFIG(tooltip)
        self.acknowledgeButton.setToolTip(QCoreApplication.translate("CaseNotificationsTab", u"Record that the selected person acknowledged, now", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.logTable.setAccessibleName(QCoreApplication.translate("CaseNotificationsTab", u"Notifications log", None))
#endif // QT_CONFIG(accessibility)
        self.recordGroup.setTitle(QCoreApplication.translate("CaseNotificationsTab", u"Record a notification (made by phone, in person\u2026; the app sends nothing)", None))
        self.roleLabel.setText(QCoreApplication.translate("CaseNotificationsTab", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("CaseNotificationsTab", u"Role of the person notified", None))
#endif // QT_CONFIG(accessibility)
        self.recipientLabel.setText(QCoreApplication.translate("CaseNotificationsTab", u"&Who", None))
#if QT_CONFIG(accessibility)
        self.recipientEdit.setAccessibleName(QCoreApplication.translate("CaseNotificationsTab", u"Name of the person notified", None))
#endif // QT_CONFIG(accessibility)
        self.channelLabel.setText(QCoreApplication.translate("CaseNotificationsTab", u"C&hannel", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("CaseNotificationsTab", u"Channel", None))
#endif // QT_CONFIG(accessibility)
        self.notifiedAtLabel.setText(QCoreApplication.translate("CaseNotificationsTab", u"Notified a&t", None))
#if QT_CONFIG(accessibility)
        self.notifiedAtEdit.setAccessibleName(QCoreApplication.translate("CaseNotificationsTab", u"Notified at (local time)", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("CaseNotificationsTab", u"N&ote", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("CaseNotificationsTab", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.recordButton.setText(QCoreApplication.translate("CaseNotificationsTab", u"Record &notification", None))
        self.breachGroup.setTitle(QCoreApplication.translate("CaseNotificationsTab", u"Breach-notification clocks", None))
        self.ruleSetLabel.setText(QCoreApplication.translate("CaseNotificationsTab", u"R&ule set", None))
#if QT_CONFIG(accessibility)
        self.ruleSetCombo.setAccessibleName(QCoreApplication.translate("CaseNotificationsTab", u"Rule set to add", None))
#endif // QT_CONFIG(accessibility)
        self.addRuleSetButton.setText(QCoreApplication.translate("CaseNotificationsTab", u"&Add rule set", None))
        self.eventLabel.setText(QCoreApplication.translate("CaseNotificationsTab", u"Start e&vent", None))
#if QT_CONFIG(accessibility)
        self.eventCombo.setAccessibleName(QCoreApplication.translate("CaseNotificationsTab", u"Start event", None))
#endif // QT_CONFIG(accessibility)
        self.eventTimeLabel.setText(QCoreApplication.translate("CaseNotificationsTab", u"Ti&me", None))
#if QT_CONFIG(accessibility)
        self.eventTimeEdit.setAccessibleName(QCoreApplication.translate("CaseNotificationsTab", u"Start event time (local time)", None))
#endif // QT_CONFIG(accessibility)
        self.recordEventButton.setText(QCoreApplication.translate("CaseNotificationsTab", u"&Save event", None))
#if QT_CONFIG(accessibility)
        self.breachTable.setAccessibleName(QCoreApplication.translate("CaseNotificationsTab", u"Breach-notification clocks", None))
#endif // QT_CONFIG(accessibility)
        self.noticeRuleLabel.setText(QCoreApplication.translate("CaseNotificationsTab", u"&Clock", None))
#if QT_CONFIG(accessibility)
        self.noticeRuleCombo.setAccessibleName(QCoreApplication.translate("CaseNotificationsTab", u"Clock whose notice was sent", None))
#endif // QT_CONFIG(accessibility)
        self.noticeTimeLabel.setText(QCoreApplication.translate("CaseNotificationsTab", u"&Date sent", None))
#if QT_CONFIG(accessibility)
        self.noticeTimeEdit.setAccessibleName(QCoreApplication.translate("CaseNotificationsTab", u"Date and time the notice was sent (local time)", None))
#endif // QT_CONFIG(accessibility)
        self.noticeRecipientLabel.setText(QCoreApplication.translate("CaseNotificationsTab", u"Reci&pient", None))
#if QT_CONFIG(accessibility)
        self.noticeRecipientEdit.setAccessibleName(QCoreApplication.translate("CaseNotificationsTab", u"To whom the notice was sent", None))
#endif // QT_CONFIG(accessibility)
        self.lateReasonLabel.setText(QCoreApplication.translate("CaseNotificationsTab", u"Reason for the dela&y", None))
#if QT_CONFIG(accessibility)
        self.lateReasonEdit.setAccessibleName(QCoreApplication.translate("CaseNotificationsTab", u"Reason for the delay (required when late)", None))
#endif // QT_CONFIG(accessibility)
        self.lateReasonEdit.setPlaceholderText(QCoreApplication.translate("CaseNotificationsTab", u"Required when the notice went out after its deadline", None))
        self.recordNoticeButton.setText(QCoreApplication.translate("CaseNotificationsTab", u"Record not&ice sent", None))
        pass
    # retranslateUi

