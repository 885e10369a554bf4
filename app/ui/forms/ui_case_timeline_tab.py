# Generated from forms/case_timeline_tab.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_timeline_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_CaseTimelineTab(object):
    def setupUi(self, CaseTimelineTab):
        if not CaseTimelineTab.objectName():
            CaseTimelineTab.setObjectName(u"CaseTimelineTab")
        CaseTimelineTab.resize(800, 480)
        self.mainLayout = QVBoxLayout(CaseTimelineTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.entryLayout = QHBoxLayout()
        self.entryLayout.setObjectName(u"entryLayout")
        self.quickEntryLabel = QLabel(CaseTimelineTab)
        self.quickEntryLabel.setObjectName(u"quickEntryLabel")

        self.entryLayout.addWidget(self.quickEntryLabel)

        self.quickEntryEdit = QLineEdit(CaseTimelineTab)
        self.quickEntryEdit.setObjectName(u"quickEntryEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.quickEntryEdit.sizePolicy().hasHeightForWidth())
        self.quickEntryEdit.setSizePolicy(sizePolicy)
        self.quickEntryEdit.setClearButtonEnabled(True)

        self.entryLayout.addWidget(self.quickEntryEdit)

        self.departmentLabel = QLabel(CaseTimelineTab)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.entryLayout.addWidget(self.departmentLabel)

        self.departmentCombo = QComboBox(CaseTimelineTab)
        self.departmentCombo.setObjectName(u"departmentCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.departmentCombo.sizePolicy().hasHeightForWidth())
        self.departmentCombo.setSizePolicy(sizePolicy1)
        self.departmentCombo.setMinimumSize(QSize(140, 0))
        self.departmentCombo.setEditable(True)
        self.departmentCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.entryLayout.addWidget(self.departmentCombo)

        self.saveEntryButton = QPushButton(CaseTimelineTab)
        self.saveEntryButton.setObjectName(u"saveEntryButton")

        self.entryLayout.addWidget(self.saveEntryButton)


        self.mainLayout.addLayout(self.entryLayout)

        self.messageLabel = QLabel(CaseTimelineTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.orderLayout = QHBoxLayout()
        self.orderLayout.setObjectName(u"orderLayout")
        self.countLabel = QLabel(CaseTimelineTab)
        self.countLabel.setObjectName(u"countLabel")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.countLabel.sizePolicy().hasHeightForWidth())
        self.countLabel.setSizePolicy(sizePolicy2)
        self.countLabel.setText(u"")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.orderLayout.addWidget(self.countLabel)

        self.correctButton = QPushButton(CaseTimelineTab)
        self.correctButton.setObjectName(u"correctButton")

        self.orderLayout.addWidget(self.correctButton)

        self.addendumButton = QPushButton(CaseTimelineTab)
        self.addendumButton.setObjectName(u"addendumButton")

        self.orderLayout.addWidget(self.addendumButton)

        self.newestFirstCheck = QCheckBox(CaseTimelineTab)
        self.newestFirstCheck.setObjectName(u"newestFirstCheck")
        self.newestFirstCheck.setChecked(True)

        self.orderLayout.addWidget(self.newestFirstCheck)


        self.mainLayout.addLayout(self.orderLayout)

        self.timelineTable = QTableView(CaseTimelineTab)
        self.timelineTable.setObjectName(u"timelineTable")
        self.timelineTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineTable.setAlternatingRowColors(True)
        self.timelineTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timelineTable.setWordWrap(True)
        self.timelineTable.horizontalHeader().setStretchLastSection(True)
        self.timelineTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.timelineTable)

#if QT_CONFIG(shortcut)
        self.quickEntryLabel.setBuddy(self.quickEntryEdit)
        self.departmentLabel.setBuddy(self.departmentCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.quickEntryEdit, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.saveEntryButton)
        QWidget.setTabOrder(self.saveEntryButton, self.correctButton)
        QWidget.setTabOrder(self.correctButton, self.addendumButton)
        QWidget.setTabOrder(self.addendumButton, self.newestFirstCheck)
        QWidget.setTabOrder(self.newestFirstCheck, self.timelineTable)

        self.retranslateUi(CaseTimelineTab)

        QMetaObject.connectSlotsByName(CaseTimelineTab)
    # setupUi

    def retranslateUi(self, CaseTimelineTab):
        self.quickEntryLabel.setText(QCoreApplication.translate("CaseTimelineTab", u"&Log an action", None))
#if QT_CONFIG(accessibility)
        self.quickEntryEdit.setAccessibleName(QCoreApplication.translate("CaseTimelineTab", u"Log an action", None))
#endif // QT_CONFIG(accessibility)
        self.quickEntryEdit.setPlaceholderText(QCoreApplication.translate("CaseTimelineTab", u"What was done, then Enter\u2026", None))
        self.departmentLabel.setText(QCoreApplication.translate("CaseTimelineTab", u"&Department", None))
#if QT_CONFIG(accessibility)
        self.departmentCombo.setAccessibleName(QCoreApplication.translate("CaseTimelineTab", u"Responsible department", None))
#endif // QT_CONFIG(accessibility)
        self.saveEntryButton.setText(QCoreApplication.translate("CaseTimelineTab", u"&Save entry", None))
#if QT_CONFIG(tooltip)
        self.correctButton.setToolTip(QCoreApplication.translate("CaseTimelineTab", u"Correct your own entry while it is not locked yet", None))
#endif // QT_CONFIG(tooltip)
        self.correctButton.setText(QCoreApplication.translate("CaseTimelineTab", u"Correct entr&y\u2026", None))
#if QT_CONFIG(tooltip)
        self.addendumButton.setToolTip(QCoreApplication.translate("CaseTimelineTab", u"Add to the selected entry; the original stays as written", None))
#endif // QT_CONFIG(tooltip)
        self.addendumButton.setText(QCoreApplication.translate("CaseTimelineTab", u"Add addend&um\u2026", None))
        self.newestFirstCheck.setText(QCoreApplication.translate("CaseTimelineTab", u"Ne&west first", None))
#if QT_CONFIG(accessibility)
        self.timelineTable.setAccessibleName(QCoreApplication.translate("CaseTimelineTab", u"Timeline", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

