# Generated from forms/audit_view.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_AuditView(object):
    def setupUi(self, AuditView):
        if not AuditView.objectName():
            AuditView.setObjectName(u"AuditView")
        AuditView.resize(960, 560)
        self.mainLayout = QVBoxLayout(AuditView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.actorLabel = QLabel(AuditView)
        self.actorLabel.setObjectName(u"actorLabel")

        self.filterLayout.addWidget(self.actorLabel)

        self.actorCombo = QComboBox(AuditView)
        self.actorCombo.setObjectName(u"actorCombo")
        self.actorCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.actorCombo)

        self.actionLabel = QLabel(AuditView)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterLayout.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(AuditView)
        self.actionCombo.setObjectName(u"actionCombo")
        self.actionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.actionCombo)

        self.fromLabel = QLabel(AuditView)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterLayout.addWidget(self.fromLabel)

        self.fromDateEdit = QDateEdit(AuditView)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.fromDateEdit)

        self.toLabel = QLabel(AuditView)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toDateEdit = QDateEdit(AuditView)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.toDateEdit)

        self.searchLabel = QLabel(AuditView)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(AuditView)
        self.searchEdit.setObjectName(u"searchEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.searchEdit.sizePolicy().hasHeightForWidth())
        self.searchEdit.setSizePolicy(sizePolicy)
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.refreshButton = QPushButton(AuditView)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filterLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.auditTable = QTableView(AuditView)
        self.auditTable.setObjectName(u"auditTable")
        self.auditTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auditTable.setAlternatingRowColors(True)
        self.auditTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditTable.horizontalHeader().setStretchLastSection(True)

        self.mainLayout.addWidget(self.auditTable)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLabel = QLabel(AuditView)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy1)
        self.statusLabel.setText(u"")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.statusLayout.addWidget(self.statusLabel)

        self.prevPageButton = QPushButton(AuditView)
        self.prevPageButton.setObjectName(u"prevPageButton")

        self.statusLayout.addWidget(self.prevPageButton)

        self.nextPageButton = QPushButton(AuditView)
        self.nextPageButton.setObjectName(u"nextPageButton")

        self.statusLayout.addWidget(self.nextPageButton)

        self.verifyButton = QPushButton(AuditView)
        self.verifyButton.setObjectName(u"verifyButton")

        self.statusLayout.addWidget(self.verifyButton)


        self.mainLayout.addLayout(self.statusLayout)

#if QT_CONFIG(shortcut)
        self.actorLabel.setBuddy(self.actorCombo)
        self.actionLabel.setBuddy(self.actionCombo)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.toLabel.setBuddy(self.toDateEdit)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.actorCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.fromDateEdit)
        QWidget.setTabOrder(self.fromDateEdit, self.toDateEdit)
        QWidget.setTabOrder(self.toDateEdit, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.auditTable)
        QWidget.setTabOrder(self.auditTable, self.prevPageButton)
        QWidget.setTabOrder(self.prevPageButton, self.nextPageButton)
        QWidget.setTabOrder(self.nextPageButton, self.verifyButton)

        self.retranslateUi(AuditView)

        QMetaObject.connectSlotsByName(AuditView)
    # setupUi

    def retranslateUi(self, AuditView):
        AuditView.setWindowTitle(QCoreApplication.translate("AuditView", u"Audit trail", None))
        self.actorLabel.setText(QCoreApplication.translate("AuditView", u"&User", None))
#if QT_CONFIG(accessibility)
        self.actorCombo.setAccessibleName(QCoreApplication.translate("AuditView", u"User", None))
#endif // QT_CONFIG(accessibility)
        self.actionLabel.setText(QCoreApplication.translate("AuditView", u"&Action", None))
#if QT_CONFIG(accessibility)
        self.actionCombo.setAccessibleName(QCoreApplication.translate("AuditView", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("AuditView", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromDateEdit.setAccessibleName(QCoreApplication.translate("AuditView", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("AuditView", u"&To", None))
#if QT_CONFIG(accessibility)
        self.toDateEdit.setAccessibleName(QCoreApplication.translate("AuditView", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("AuditView", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("AuditView", u"Filter by entity or id", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("AuditView", u"Filter by entity or id\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("AuditView", u"&Refresh", None))
#if QT_CONFIG(accessibility)
        self.auditTable.setAccessibleName(QCoreApplication.translate("AuditView", u"Audit trail", None))
#endif // QT_CONFIG(accessibility)
        self.prevPageButton.setText(QCoreApplication.translate("AuditView", u"&Previous", None))
        self.nextPageButton.setText(QCoreApplication.translate("AuditView", u"&Next", None))
        self.verifyButton.setText(QCoreApplication.translate("AuditView", u"&Verify chain", None))
    # retranslateUi

