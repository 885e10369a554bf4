# Generated from forms/risk_links_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_links_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QTableView,
    QVBoxLayout, QWidget)

class Ui_RiskLinksDialog(object):
    def setupUi(self, RiskLinksDialog):
        if not RiskLinksDialog.objectName():
            RiskLinksDialog.setObjectName(u"RiskLinksDialog")
        RiskLinksDialog.resize(760, 560)
        self.mainLayout = QVBoxLayout(RiskLinksDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.riskLabel = QLabel(RiskLinksDialog)
        self.riskLabel.setObjectName(u"riskLabel")
        self.riskLabel.setText(u"")
        self.riskLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.riskLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.riskLabel)

        self.explanationLabel = QLabel(RiskLinksDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.incidentsGroup = QGroupBox(RiskLinksDialog)
        self.incidentsGroup.setObjectName(u"incidentsGroup")
        self.incidentsLayout = QVBoxLayout(self.incidentsGroup)
        self.incidentsLayout.setObjectName(u"incidentsLayout")
        self.incidentsTable = QTableView(self.incidentsGroup)
        self.incidentsTable.setObjectName(u"incidentsTable")
        self.incidentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incidentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.incidentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.incidentsTable.setWordWrap(False)
        self.incidentsTable.horizontalHeader().setStretchLastSection(True)
        self.incidentsTable.verticalHeader().setVisible(False)

        self.incidentsLayout.addWidget(self.incidentsTable)

        self.incidentActions = QWidget(self.incidentsGroup)
        self.incidentActions.setObjectName(u"incidentActions")
        self.incidentActionsLayout = QHBoxLayout(self.incidentActions)
        self.incidentActionsLayout.setObjectName(u"incidentActionsLayout")
        self.incidentActionsLayout.setContentsMargins(0, 0, 0, 0)
        self.incidentCodeLabel = QLabel(self.incidentActions)
        self.incidentCodeLabel.setObjectName(u"incidentCodeLabel")

        self.incidentActionsLayout.addWidget(self.incidentCodeLabel)

        self.incidentCodeEdit = QLineEdit(self.incidentActions)
        self.incidentCodeEdit.setObjectName(u"incidentCodeEdit")
        self.incidentCodeEdit.setMaxLength(32)
        self.incidentCodeEdit.setClearButtonEnabled(True)

        self.incidentActionsLayout.addWidget(self.incidentCodeEdit)

        self.linkIncidentButton = QPushButton(self.incidentActions)
        self.linkIncidentButton.setObjectName(u"linkIncidentButton")
        self.linkIncidentButton.setAutoDefault(False)

        self.incidentActionsLayout.addWidget(self.linkIncidentButton)

        self.unlinkIncidentButton = QPushButton(self.incidentActions)
        self.unlinkIncidentButton.setObjectName(u"unlinkIncidentButton")
        self.unlinkIncidentButton.setAutoDefault(False)

        self.incidentActionsLayout.addWidget(self.unlinkIncidentButton)


        self.incidentsLayout.addWidget(self.incidentActions)


        self.mainLayout.addWidget(self.incidentsGroup)

        self.drillsGroup = QGroupBox(RiskLinksDialog)
        self.drillsGroup.setObjectName(u"drillsGroup")
        self.drillsLayout = QVBoxLayout(self.drillsGroup)
        self.drillsLayout.setObjectName(u"drillsLayout")
        self.drillsTable = QTableView(self.drillsGroup)
        self.drillsTable.setObjectName(u"drillsTable")
        self.drillsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.drillsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.drillsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drillsTable.setWordWrap(False)
        self.drillsTable.horizontalHeader().setStretchLastSection(True)
        self.drillsTable.verticalHeader().setVisible(False)

        self.drillsLayout.addWidget(self.drillsTable)

        self.drillActions = QWidget(self.drillsGroup)
        self.drillActions.setObjectName(u"drillActions")
        self.drillActionsLayout = QHBoxLayout(self.drillActions)
        self.drillActionsLayout.setObjectName(u"drillActionsLayout")
        self.drillActionsLayout.setContentsMargins(0, 0, 0, 0)
        self.drillCodeLabel = QLabel(self.drillActions)
        self.drillCodeLabel.setObjectName(u"drillCodeLabel")

        self.drillActionsLayout.addWidget(self.drillCodeLabel)

        self.drillCodeEdit = QLineEdit(self.drillActions)
        self.drillCodeEdit.setObjectName(u"drillCodeEdit")
        self.drillCodeEdit.setMaxLength(32)
        self.drillCodeEdit.setClearButtonEnabled(True)

        self.drillActionsLayout.addWidget(self.drillCodeEdit)

        self.linkDrillButton = QPushButton(self.drillActions)
        self.linkDrillButton.setObjectName(u"linkDrillButton")
        self.linkDrillButton.setAutoDefault(False)

        self.drillActionsLayout.addWidget(self.linkDrillButton)

        self.unlinkDrillButton = QPushButton(self.drillActions)
        self.unlinkDrillButton.setObjectName(u"unlinkDrillButton")
        self.unlinkDrillButton.setAutoDefault(False)

        self.drillActionsLayout.addWidget(self.unlinkDrillButton)


        self.drillsLayout.addWidget(self.drillActions)


        self.mainLayout.addWidget(self.drillsGroup)

        self.messageLabel = QLabel(RiskLinksDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(RiskLinksDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.incidentCodeLabel.setBuddy(self.incidentCodeEdit)
        self.drillCodeLabel.setBuddy(self.drillCodeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.incidentsTable, self.incidentCodeEdit)
        QWidget.setTabOrder(self.incidentCodeEdit, self.linkIncidentButton)
        QWidget.setTabOrder(self.linkIncidentButton, self.unlinkIncidentButton)
        QWidget.setTabOrder(self.unlinkIncidentButton, self.drillsTable)
        QWidget.setTabOrder(self.drillsTable, self.drillCodeEdit)
        QWidget.setTabOrder(self.drillCodeEdit, self.linkDrillButton)
        QWidget.setTabOrder(self.linkDrillButton, self.unlinkDrillButton)

        self.retranslateUi(RiskLinksDialog)
        self.buttonBox.rejected.connect(RiskLinksDialog.reject)

        QMetaObject.connectSlotsByName(RiskLinksDialog)
    # setupUi

    def retranslateUi(self, RiskLinksDialog):
        RiskLinksDialog.setWindowTitle(QCoreApplication.translate("RiskLinksDialog", u"Risk links", None))
        self.incidentsGroup.setTitle(QCoreApplication.translate("RiskLinksDialog", u"Linked incidents", None))
#if QT_CONFIG(accessibility)
        self.incidentsTable.setAccessibleName(QCoreApplication.translate("RiskLinksDialog", u"Linked incidents", None))
#endif // QT_CONFIG(accessibility)
        self.incidentCodeLabel.setText(QCoreApplication.translate("RiskLinksDialog", u"&Incident code", None))
#if QT_CONFIG(accessibility)
        self.incidentCodeEdit.setAccessibleName(QCoreApplication.translate("RiskLinksDialog", u"Code of the incident to link", None))
#endif // QT_CONFIG(accessibility)
        self.incidentCodeEdit.setPlaceholderText(QCoreApplication.translate("RiskLinksDialog", u"e.g. INC-2026-0001", None))
        self.linkIncidentButton.setText(QCoreApplication.translate("RiskLinksDialog", u"&Link incident", None))
#if QT_CONFIG(tooltip)
        self.linkIncidentButton.setToolTip(QCoreApplication.translate("RiskLinksDialog", u"Link the incident with this code to the risk.", None))
#endif // QT_CONFIG(tooltip)
        self.unlinkIncidentButton.setText(QCoreApplication.translate("RiskLinksDialog", u"&Unlink incident", None))
#if QT_CONFIG(tooltip)
        self.unlinkIncidentButton.setToolTip(QCoreApplication.translate("RiskLinksDialog", u"Remove the link to the selected incident.", None))
#endif // QT_CONFIG(tooltip)
        self.drillsGroup.setTitle(QCoreApplication.translate("RiskLinksDialog", u"Linked drills", None))
#if QT_CONFIG(accessibility)
        self.drillsTable.setAccessibleName(QCoreApplication.translate("RiskLinksDialog", u"Linked drills", None))
#endif // QT_CONFIG(accessibility)
        self.drillCodeLabel.setText(QCoreApplication.translate("RiskLinksDialog", u"&Drill code", None))
#if QT_CONFIG(accessibility)
        self.drillCodeEdit.setAccessibleName(QCoreApplication.translate("RiskLinksDialog", u"Code of the drill to link", None))
#endif // QT_CONFIG(accessibility)
        self.linkDrillButton.setText(QCoreApplication.translate("RiskLinksDialog", u"Lin&k drill", None))
#if QT_CONFIG(tooltip)
        self.linkDrillButton.setToolTip(QCoreApplication.translate("RiskLinksDialog", u"Link the drill with this code to the risk.", None))
#endif // QT_CONFIG(tooltip)
        self.unlinkDrillButton.setText(QCoreApplication.translate("RiskLinksDialog", u"U&nlink drill", None))
#if QT_CONFIG(tooltip)
        self.unlinkDrillButton.setToolTip(QCoreApplication.translate("RiskLinksDialog", u"Remove the link to the selected drill.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

