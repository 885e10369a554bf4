# Generated from forms/case_evidence_tab.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_evidence_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDateTimeEdit, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_CaseEvidenceTab(object):
    def setupUi(self, CaseEvidenceTab):
        if not CaseEvidenceTab.objectName():
            CaseEvidenceTab.setObjectName(u"CaseEvidenceTab")
        CaseEvidenceTab.resize(820, 640)
        self.mainLayout = QVBoxLayout(CaseEvidenceTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.statusLabel = QLabel(CaseEvidenceTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.messageLabel = QLabel(CaseEvidenceTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.itemsLabel = QLabel(CaseEvidenceTab)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.mainLayout.addWidget(self.itemsLabel)

        self.itemsTable = QTableView(CaseEvidenceTab)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemsTable.setAlternatingRowColors(True)
        self.itemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsTable.horizontalHeader().setStretchLastSection(True)
        self.itemsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.itemsTable)

        self.itemButtonsLayout = QHBoxLayout()
        self.itemButtonsLayout.setObjectName(u"itemButtonsLayout")
        self.hashLabel = QLabel(CaseEvidenceTab)
        self.hashLabel.setObjectName(u"hashLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.hashLabel.sizePolicy().hasHeightForWidth())
        self.hashLabel.setSizePolicy(sizePolicy)
        self.hashLabel.setText(u"")
        self.hashLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hashLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.itemButtonsLayout.addWidget(self.hashLabel)

        self.verifyButton = QPushButton(CaseEvidenceTab)
        self.verifyButton.setObjectName(u"verifyButton")

        self.itemButtonsLayout.addWidget(self.verifyButton)

        self.exportButton = QPushButton(CaseEvidenceTab)
        self.exportButton.setObjectName(u"exportButton")

        self.itemButtonsLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.itemButtonsLayout)

        self.addGroup = QGroupBox(CaseEvidenceTab)
        self.addGroup.setObjectName(u"addGroup")
        self.addLayout = QGridLayout(self.addGroup)
        self.addLayout.setObjectName(u"addLayout")
        self.descriptionLabel = QLabel(self.addGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.addLayout.addWidget(self.descriptionLabel, 0, 0, 1, 1)

        self.descriptionEdit = QLineEdit(self.addGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.addLayout.addWidget(self.descriptionEdit, 0, 1, 1, 3)

        self.sourceLabel = QLabel(self.addGroup)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.addLayout.addWidget(self.sourceLabel, 1, 0, 1, 1)

        self.sourceEdit = QLineEdit(self.addGroup)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.addLayout.addWidget(self.sourceEdit, 1, 1, 1, 1)

        self.collectedCheck = QCheckBox(self.addGroup)
        self.collectedCheck.setObjectName(u"collectedCheck")

        self.addLayout.addWidget(self.collectedCheck, 1, 2, 1, 1)

        self.collectedAtLabel = QLabel(self.addGroup)
        self.collectedAtLabel.setObjectName(u"collectedAtLabel")

        self.addLayout.addWidget(self.collectedAtLabel, 1, 3, 1, 1)

        self.collectedAtEdit = QDateTimeEdit(self.addGroup)
        self.collectedAtEdit.setObjectName(u"collectedAtEdit")
        self.collectedAtEdit.setCalendarPopup(True)
        self.collectedAtEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.addLayout.addWidget(self.collectedAtEdit, 1, 4, 1, 1)

        self.addButton = QPushButton(self.addGroup)
        self.addButton.setObjectName(u"addButton")

        self.addLayout.addWidget(self.addButton, 0, 4, 1, 1)


        self.mainLayout.addWidget(self.addGroup)

        self.custodyLabel = QLabel(CaseEvidenceTab)
        self.custodyLabel.setObjectName(u"custodyLabel")

        self.mainLayout.addWidget(self.custodyLabel)

        self.custodyTable = QTableView(CaseEvidenceTab)
        self.custodyTable.setObjectName(u"custodyTable")
        self.custodyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.custodyTable.setAlternatingRowColors(True)
        self.custodyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.custodyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.custodyTable.horizontalHeader().setStretchLastSection(True)
        self.custodyTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.custodyTable)

        self.custodyLayout = QHBoxLayout()
        self.custodyLayout.setObjectName(u"custodyLayout")
        self.counterpartLabel = QLabel(CaseEvidenceTab)
        self.counterpartLabel.setObjectName(u"counterpartLabel")

        self.custodyLayout.addWidget(self.counterpartLabel)

        self.counterpartEdit = QLineEdit(CaseEvidenceTab)
        self.counterpartEdit.setObjectName(u"counterpartEdit")

        self.custodyLayout.addWidget(self.counterpartEdit)

        self.noteLabel = QLabel(CaseEvidenceTab)
        self.noteLabel.setObjectName(u"noteLabel")

        self.custodyLayout.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(CaseEvidenceTab)
        self.noteEdit.setObjectName(u"noteEdit")

        self.custodyLayout.addWidget(self.noteEdit)

        self.handOverButton = QPushButton(CaseEvidenceTab)
        self.handOverButton.setObjectName(u"handOverButton")

        self.custodyLayout.addWidget(self.handOverButton)

        self.sealButton = QPushButton(CaseEvidenceTab)
        self.sealButton.setObjectName(u"sealButton")

        self.custodyLayout.addWidget(self.sealButton)


        self.mainLayout.addLayout(self.custodyLayout)

#if QT_CONFIG(shortcut)
        self.itemsLabel.setBuddy(self.itemsTable)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.sourceLabel.setBuddy(self.sourceEdit)
        self.collectedAtLabel.setBuddy(self.collectedAtEdit)
        self.custodyLabel.setBuddy(self.custodyTable)
        self.counterpartLabel.setBuddy(self.counterpartEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.itemsTable, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.sourceEdit)
        QWidget.setTabOrder(self.sourceEdit, self.collectedCheck)
        QWidget.setTabOrder(self.collectedCheck, self.collectedAtEdit)
        QWidget.setTabOrder(self.collectedAtEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.custodyTable)
        QWidget.setTabOrder(self.custodyTable, self.counterpartEdit)
        QWidget.setTabOrder(self.counterpartEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.handOverButton)
        QWidget.setTabOrder(self.handOverButton, self.sealButton)

        self.retranslateUi(CaseEvidenceTab)

        QMetaObject.connectSlotsByName(CaseEvidenceTab)
    # setupUi

    def retranslateUi(self, CaseEvidenceTab):
        self.itemsLabel.setText(QCoreApplication.translate("CaseEvidenceTab", u"Evidence &items", None))
#if QT_CONFIG(accessibility)
        self.itemsTable.setAccessibleName(QCoreApplication.translate("CaseEvidenceTab", u"Evidence items", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hashLabel.setAccessibleName(QCoreApplication.translate("CaseEvidenceTab", u"SHA-256 of the selected item", None))
#endif // QT_CONFIG(accessibility)
        self.verifyButton.setText(QCoreApplication.translate("CaseEvidenceTab", u"&Verify", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("CaseEvidenceTab", u"Recompute the SHA-256 of the stored file and compare it with the one recorded when it was added", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("CaseEvidenceTab", u"E&xport\u2026", None))
        self.addGroup.setTitle(QCoreApplication.translate("CaseEvidenceTab", u"Add a file as evidence", None))
        self.descriptionLabel.setText(QCoreApplication.translate("CaseEvidenceTab", u"&Description", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("CaseEvidenceTab", u"Description of the new evidence", None))
#endif // QT_CONFIG(accessibility)
        self.sourceLabel.setText(QCoreApplication.translate("CaseEvidenceTab", u"&Source", None))
#if QT_CONFIG(accessibility)
        self.sourceEdit.setAccessibleName(QCoreApplication.translate("CaseEvidenceTab", u"Source of the new evidence", None))
#endif // QT_CONFIG(accessibility)
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("CaseEvidenceTab", u"Who or what it came from", None))
        self.collectedCheck.setText(QCoreApplication.translate("CaseEvidenceTab", u"Collection time &known", None))
        self.collectedAtLabel.setText(QCoreApplication.translate("CaseEvidenceTab", u"&Collected at", None))
#if QT_CONFIG(accessibility)
        self.collectedAtEdit.setAccessibleName(QCoreApplication.translate("CaseEvidenceTab", u"When the evidence was collected", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("CaseEvidenceTab", u"&Add file\u2026", None))
        self.custodyLabel.setText(QCoreApplication.translate("CaseEvidenceTab", u"C&hain of custody", None))
#if QT_CONFIG(accessibility)
        self.custodyTable.setAccessibleName(QCoreApplication.translate("CaseEvidenceTab", u"Chain of custody of the selected item", None))
#endif // QT_CONFIG(accessibility)
        self.counterpartLabel.setText(QCoreApplication.translate("CaseEvidenceTab", u"Hand over t&o", None))
#if QT_CONFIG(accessibility)
        self.counterpartEdit.setAccessibleName(QCoreApplication.translate("CaseEvidenceTab", u"Who receives the evidence", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("CaseEvidenceTab", u"&Note", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("CaseEvidenceTab", u"Note on the custody entry", None))
#endif // QT_CONFIG(accessibility)
        self.handOverButton.setText(QCoreApplication.translate("CaseEvidenceTab", u"&Record hand-over", None))
        self.sealButton.setText(QCoreApplication.translate("CaseEvidenceTab", u"Sea&l", None))
        pass
    # retranslateUi

