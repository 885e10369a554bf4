# Generated from forms/drill_history_panel.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'drill_history_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel,
    QSizePolicy, QSplitter, QTableWidget, QVBoxLayout,
    QWidget)

class Ui_DrillHistoryPanel(object):
    def setupUi(self, DrillHistoryPanel):
        if not DrillHistoryPanel.objectName():
            DrillHistoryPanel.setObjectName(u"DrillHistoryPanel")
        DrillHistoryPanel.resize(1000, 620)
        self.mainLayout = QVBoxLayout(DrillHistoryPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.periodLabel = QLabel(DrillHistoryPanel)
        self.periodLabel.setObjectName(u"periodLabel")

        self.topLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(DrillHistoryPanel)
        self.periodCombo.setObjectName(u"periodCombo")

        self.topLayout.addWidget(self.periodCombo)

        self.summaryLabel = QLabel(DrillHistoryPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)

        self.topLayout.addWidget(self.summaryLabel)


        self.mainLayout.addLayout(self.topLayout)

        self.splitter = QSplitter(DrillHistoryPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.chartArea = QWidget(self.splitter)
        self.chartArea.setObjectName(u"chartArea")
        self.chartLayout = QVBoxLayout(self.chartArea)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.chartArea)
        self.drillTable = QTableWidget(self.splitter)
        self.drillTable.setObjectName(u"drillTable")
        self.drillTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.drillTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drillTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.drillTable.setAlternatingRowColors(True)
        self.drillTable.setWordWrap(False)
        self.splitter.addWidget(self.drillTable)

        self.mainLayout.addWidget(self.splitter)

        self.statusLabel = QLabel(DrillHistoryPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DrillHistoryPanel)

        QMetaObject.connectSlotsByName(DrillHistoryPanel)
    # setupUi

    def retranslateUi(self, DrillHistoryPanel):
        self.periodLabel.setText(QCoreApplication.translate("DrillHistoryPanel", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("DrillHistoryPanel", u"Period of the drill history", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.drillTable.setAccessibleName(QCoreApplication.translate("DrillHistoryPanel", u"Drills held in the period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.drillTable.setToolTip(QCoreApplication.translate("DrillHistoryPanel", u"Double-click or press Enter to open", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

