# Generated from forms/coverage_gap_panel.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coverage_gap_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout)

class Ui_CoverageGapPanel(object):
    def setupUi(self, CoverageGapPanel):
        if not CoverageGapPanel.objectName():
            CoverageGapPanel.setObjectName(u"CoverageGapPanel")
        CoverageGapPanel.resize(420, 320)
        self.mainLayout = QVBoxLayout(CoverageGapPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.horizonLabel = QLabel(CoverageGapPanel)
        self.horizonLabel.setObjectName(u"horizonLabel")

        self.topLayout.addWidget(self.horizonLabel)

        self.horizonCombo = QComboBox(CoverageGapPanel)
        self.horizonCombo.setObjectName(u"horizonCombo")

        self.topLayout.addWidget(self.horizonCombo)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)


        self.mainLayout.addLayout(self.topLayout)

        self.summaryLabel = QLabel(CoverageGapPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.gapTable = QTableWidget(CoverageGapPanel)
        self.gapTable.setObjectName(u"gapTable")
        self.gapTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gapTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gapTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.mainLayout.addWidget(self.gapTable)

#if QT_CONFIG(shortcut)
        self.horizonLabel.setBuddy(self.horizonCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CoverageGapPanel)

        QMetaObject.connectSlotsByName(CoverageGapPanel)
    # setupUi

    def retranslateUi(self, CoverageGapPanel):
        self.horizonLabel.setText(QCoreApplication.translate("CoverageGapPanel", u"&Look ahead", None))
#if QT_CONFIG(accessibility)
        self.horizonCombo.setAccessibleName(QCoreApplication.translate("CoverageGapPanel", u"How far ahead to look for gaps", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.gapTable.setAccessibleName(QCoreApplication.translate("CoverageGapPanel", u"Coverage gaps", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

