# Generated from forms/case_checklist_tab.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_checklist_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_CaseChecklistTab(object):
    def setupUi(self, CaseChecklistTab):
        if not CaseChecklistTab.objectName():
            CaseChecklistTab.setObjectName(u"CaseChecklistTab")
        CaseChecklistTab.resize(800, 480)
        self.mainLayout = QVBoxLayout(CaseChecklistTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.progressLabel = QLabel(CaseChecklistTab)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")
        self.progressLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.topLayout.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(CaseChecklistTab)
        self.progressBar.setObjectName(u"progressBar")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.progressBar.sizePolicy().hasHeightForWidth())
        self.progressBar.setSizePolicy(sizePolicy)
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.topLayout.addWidget(self.progressBar)

        self.markDoneButton = QPushButton(CaseChecklistTab)
        self.markDoneButton.setObjectName(u"markDoneButton")

        self.topLayout.addWidget(self.markDoneButton)

        self.addStepButton = QPushButton(CaseChecklistTab)
        self.addStepButton.setObjectName(u"addStepButton")

        self.topLayout.addWidget(self.addStepButton)


        self.mainLayout.addLayout(self.topLayout)

        self.messageLabel = QLabel(CaseChecklistTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.emptyLabel = QLabel(CaseChecklistTab)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.emptyLabel)

        self.checklistTable = QTableView(CaseChecklistTab)
        self.checklistTable.setObjectName(u"checklistTable")
        self.checklistTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklistTable.setAlternatingRowColors(True)
        self.checklistTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checklistTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklistTable.setWordWrap(True)
        self.checklistTable.horizontalHeader().setStretchLastSection(True)
        self.checklistTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.checklistTable)

        QWidget.setTabOrder(self.checklistTable, self.markDoneButton)
        QWidget.setTabOrder(self.markDoneButton, self.addStepButton)

        self.retranslateUi(CaseChecklistTab)

        QMetaObject.connectSlotsByName(CaseChecklistTab)
    # setupUi

    def retranslateUi(self, CaseChecklistTab):
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("CaseChecklistTab", u"Checklist progress", None))
#endif // QT_CONFIG(accessibility)
        self.markDoneButton.setText(QCoreApplication.translate("CaseChecklistTab", u"Mar&k done", None))
        self.addStepButton.setText(QCoreApplication.translate("CaseChecklistTab", u"A&dd step\u2026", None))
        self.emptyLabel.setText(QCoreApplication.translate("CaseChecklistTab", u"There is no checklist yet. The response plan for the category and grade is copied here as a checklist when the incident moves to \"responding\".", None))
#if QT_CONFIG(accessibility)
        self.checklistTable.setAccessibleName(QCoreApplication.translate("CaseChecklistTab", u"Response checklist", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

