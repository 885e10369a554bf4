# Generated from forms/case_view.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_CaseView(object):
    def setupUi(self, CaseView):
        if not CaseView.objectName():
            CaseView.setObjectName(u"CaseView")
        CaseView.resize(1100, 640)
        self.mainLayout = QVBoxLayout(CaseView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusFilterLabel = QLabel(CaseView)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterLayout.addWidget(self.statusFilterLabel)

        self.statusCombo = QComboBox(CaseView)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusCombo)

        self.gradeFilterLabel = QLabel(CaseView)
        self.gradeFilterLabel.setObjectName(u"gradeFilterLabel")

        self.filterLayout.addWidget(self.gradeFilterLabel)

        self.gradeCombo = QComboBox(CaseView)
        self.gradeCombo.setObjectName(u"gradeCombo")
        self.gradeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.gradeCombo)

        self.categoryFilterLabel = QLabel(CaseView)
        self.categoryFilterLabel.setObjectName(u"categoryFilterLabel")

        self.filterLayout.addWidget(self.categoryFilterLabel)

        self.categoryCombo = QComboBox(CaseView)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.categoryCombo)

        self.overdueCheck = QCheckBox(CaseView)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterLayout.addWidget(self.overdueCheck)

        self.searchLabel = QLabel(CaseView)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(CaseView)
        self.searchEdit.setObjectName(u"searchEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.searchEdit.sizePolicy().hasHeightForWidth())
        self.searchEdit.setSizePolicy(sizePolicy)
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.newButton = QPushButton(CaseView)
        self.newButton.setObjectName(u"newButton")

        self.filterLayout.addWidget(self.newButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.caseSplitter = QSplitter(CaseView)
        self.caseSplitter.setObjectName(u"caseSplitter")
        self.caseSplitter.setOrientation(Qt.Orientation.Vertical)
        self.caseSplitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.caseSplitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.caseTable = QTableView(self.listPane)
        self.caseTable.setObjectName(u"caseTable")
        self.caseTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseTable.setAlternatingRowColors(True)
        self.caseTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseTable.setSortingEnabled(True)
        self.caseTable.setWordWrap(False)
        self.caseTable.horizontalHeader().setStretchLastSection(True)
        self.caseTable.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.caseTable)

        self.listStatusLayout = QHBoxLayout()
        self.listStatusLayout.setObjectName(u"listStatusLayout")
        self.listStatusLabel = QLabel(self.listPane)
        self.listStatusLabel.setObjectName(u"listStatusLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.listStatusLabel.sizePolicy().hasHeightForWidth())
        self.listStatusLabel.setSizePolicy(sizePolicy1)
        self.listStatusLabel.setText(u"")
        self.listStatusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.listStatusLayout.addWidget(self.listStatusLabel)

        self.openButton = QPushButton(self.listPane)
        self.openButton.setObjectName(u"openButton")

        self.listStatusLayout.addWidget(self.openButton)

        self.logButton = QPushButton(self.listPane)
        self.logButton.setObjectName(u"logButton")

        self.listStatusLayout.addWidget(self.logButton)


        self.listLayout.addLayout(self.listStatusLayout)

        self.caseSplitter.addWidget(self.listPane)
        self.detailPane = QWidget(self.caseSplitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.caseSplitter.addWidget(self.detailPane)

        self.mainLayout.addWidget(self.caseSplitter)

#if QT_CONFIG(shortcut)
        self.statusFilterLabel.setBuddy(self.statusCombo)
        self.gradeFilterLabel.setBuddy(self.gradeCombo)
        self.categoryFilterLabel.setBuddy(self.categoryCombo)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.gradeCombo)
        QWidget.setTabOrder(self.gradeCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.newButton)
        QWidget.setTabOrder(self.newButton, self.caseTable)
        QWidget.setTabOrder(self.caseTable, self.openButton)
        QWidget.setTabOrder(self.openButton, self.logButton)

        self.retranslateUi(CaseView)

        QMetaObject.connectSlotsByName(CaseView)
    # setupUi

    def retranslateUi(self, CaseView):
        CaseView.setWindowTitle(QCoreApplication.translate("CaseView", u"Cases", None))
        self.statusFilterLabel.setText(QCoreApplication.translate("CaseView", u"S&tatus", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("CaseView", u"Status filter", None))
#endif // QT_CONFIG(accessibility)
        self.gradeFilterLabel.setText(QCoreApplication.translate("CaseView", u"&Grade", None))
#if QT_CONFIG(accessibility)
        self.gradeCombo.setAccessibleName(QCoreApplication.translate("CaseView", u"Grade filter", None))
#endif // QT_CONFIG(accessibility)
        self.categoryFilterLabel.setText(QCoreApplication.translate("CaseView", u"&Category", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("CaseView", u"Category filter", None))
#endif // QT_CONFIG(accessibility)
        self.overdueCheck.setText(QCoreApplication.translate("CaseView", u"&Overdue only", None))
#if QT_CONFIG(accessibility)
        self.overdueCheck.setAccessibleName(QCoreApplication.translate("CaseView", u"Overdue only", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("CaseView", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("CaseView", u"Search titles, descriptions and timelines", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CaseView", u"Titles, descriptions, timelines \u2014 \u4e2d\u6587 or English (Ctrl+F)", None))
        self.newButton.setText(QCoreApplication.translate("CaseView", u"&New incident\u2026 (Ctrl+N)", None))
#if QT_CONFIG(accessibility)
        self.caseTable.setAccessibleName(QCoreApplication.translate("CaseView", u"Cases", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("CaseView", u"O&pen (Enter)", None))
        self.logButton.setText(QCoreApplication.translate("CaseView", u"&Log an action (Ctrl+T)", None))
    # retranslateUi

