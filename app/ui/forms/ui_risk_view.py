# Generated from forms/risk_view.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_RiskView(object):
    def setupUi(self, RiskView):
        if not RiskView.objectName():
            RiskView.setObjectName(u"RiskView")
        RiskView.resize(1100, 700)
        self.mainLayout = QVBoxLayout(RiskView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.controlsLayout = QHBoxLayout()
        self.controlsLayout.setObjectName(u"controlsLayout")
        self.basisLabel = QLabel(RiskView)
        self.basisLabel.setObjectName(u"basisLabel")

        self.controlsLayout.addWidget(self.basisLabel)

        self.basisCombo = QComboBox(RiskView)
        self.basisCombo.setObjectName(u"basisCombo")
        self.basisCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.controlsLayout.addWidget(self.basisCombo)

        self.asOfLabel = QLabel(RiskView)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.controlsLayout.addWidget(self.asOfLabel)

        self.asOfEdit = QDateEdit(RiskView)
        self.asOfEdit.setObjectName(u"asOfEdit")
        self.asOfEdit.setCalendarPopup(True)
        self.asOfEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.controlsLayout.addWidget(self.asOfEdit)

        self.todayButton = QPushButton(RiskView)
        self.todayButton.setObjectName(u"todayButton")

        self.controlsLayout.addWidget(self.todayButton)

        self.compareCheck = QCheckBox(RiskView)
        self.compareCheck.setObjectName(u"compareCheck")

        self.controlsLayout.addWidget(self.compareCheck)

        self.compareLabel = QLabel(RiskView)
        self.compareLabel.setObjectName(u"compareLabel")

        self.controlsLayout.addWidget(self.compareLabel)

        self.compareDateEdit = QDateEdit(RiskView)
        self.compareDateEdit.setObjectName(u"compareDateEdit")
        self.compareDateEdit.setCalendarPopup(True)
        self.compareDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.controlsLayout.addWidget(self.compareDateEdit)

        self.controlsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controlsLayout.addItem(self.controlsSpacer)


        self.mainLayout.addLayout(self.controlsLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.levelLabel = QLabel(RiskView)
        self.levelLabel.setObjectName(u"levelLabel")

        self.filterLayout.addWidget(self.levelLabel)

        self.levelCombo = QComboBox(RiskView)
        self.levelCombo.setObjectName(u"levelCombo")
        self.levelCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.levelCombo)

        self.ownerLabel = QLabel(RiskView)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.filterLayout.addWidget(self.ownerLabel)

        self.ownerCombo = QComboBox(RiskView)
        self.ownerCombo.setObjectName(u"ownerCombo")
        self.ownerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.ownerCombo)

        self.sourceLabel = QLabel(RiskView)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.filterLayout.addWidget(self.sourceLabel)

        self.sourceCombo = QComboBox(RiskView)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.sourceCombo)

        self.statusLabel = QLabel(RiskView)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(RiskView)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusCombo)

        self.overdueCheck = QCheckBox(RiskView)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterLayout.addWidget(self.overdueCheck)

        self.searchLabel = QLabel(RiskView)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(RiskView)
        self.searchEdit.setObjectName(u"searchEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.searchEdit.sizePolicy().hasHeightForWidth())
        self.searchEdit.setSizePolicy(sizePolicy)
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)


        self.mainLayout.addLayout(self.filterLayout)

        self.riskSplitter = QSplitter(RiskView)
        self.riskSplitter.setObjectName(u"riskSplitter")
        self.riskSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.riskSplitter.setChildrenCollapsible(False)
        self.matrixPane = QWidget(self.riskSplitter)
        self.matrixPane.setObjectName(u"matrixPane")
        self.matrixLayout = QVBoxLayout(self.matrixPane)
        self.matrixLayout.setObjectName(u"matrixLayout")
        self.matrixLayout.setContentsMargins(0, 0, 0, 0)
        self.heatMapLayout = QVBoxLayout()
        self.heatMapLayout.setObjectName(u"heatMapLayout")

        self.matrixLayout.addLayout(self.heatMapLayout)

        self.cellFilterLayout = QHBoxLayout()
        self.cellFilterLayout.setObjectName(u"cellFilterLayout")
        self.matrixStatusLabel = QLabel(self.matrixPane)
        self.matrixStatusLabel.setObjectName(u"matrixStatusLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.matrixStatusLabel.sizePolicy().hasHeightForWidth())
        self.matrixStatusLabel.setSizePolicy(sizePolicy1)
        self.matrixStatusLabel.setText(u"")
        self.matrixStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.matrixStatusLabel.setWordWrap(True)

        self.cellFilterLayout.addWidget(self.matrixStatusLabel)

        self.clearCellButton = QPushButton(self.matrixPane)
        self.clearCellButton.setObjectName(u"clearCellButton")

        self.cellFilterLayout.addWidget(self.clearCellButton)


        self.matrixLayout.addLayout(self.cellFilterLayout)

        self.dueLabel = QLabel(self.matrixPane)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.matrixLayout.addWidget(self.dueLabel)

        self.dueTable = QTableView(self.matrixPane)
        self.dueTable.setObjectName(u"dueTable")
        self.dueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dueTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dueTable.setWordWrap(False)
        self.dueTable.horizontalHeader().setStretchLastSection(True)
        self.dueTable.verticalHeader().setVisible(False)

        self.matrixLayout.addWidget(self.dueTable)

        self.riskSplitter.addWidget(self.matrixPane)
        self.registerSplitter = QSplitter(self.riskSplitter)
        self.registerSplitter.setObjectName(u"registerSplitter")
        self.registerSplitter.setOrientation(Qt.Orientation.Vertical)
        self.registerSplitter.setChildrenCollapsible(False)
        self.registerPane = QWidget(self.registerSplitter)
        self.registerPane.setObjectName(u"registerPane")
        self.registerLayout = QVBoxLayout(self.registerPane)
        self.registerLayout.setObjectName(u"registerLayout")
        self.registerLayout.setContentsMargins(0, 0, 0, 0)
        self.registerTable = QTableView(self.registerPane)
        self.registerTable.setObjectName(u"registerTable")
        self.registerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registerTable.setAlternatingRowColors(True)
        self.registerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.registerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registerTable.setSortingEnabled(True)
        self.registerTable.setWordWrap(False)
        self.registerTable.horizontalHeader().setStretchLastSection(True)
        self.registerTable.verticalHeader().setVisible(False)

        self.registerLayout.addWidget(self.registerTable)

        self.registerButtonsLayout = QHBoxLayout()
        self.registerButtonsLayout.setObjectName(u"registerButtonsLayout")
        self.registerStatusLabel = QLabel(self.registerPane)
        self.registerStatusLabel.setObjectName(u"registerStatusLabel")
        sizePolicy1.setHeightForWidth(self.registerStatusLabel.sizePolicy().hasHeightForWidth())
        self.registerStatusLabel.setSizePolicy(sizePolicy1)
        self.registerStatusLabel.setText(u"")
        self.registerStatusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.registerButtonsLayout.addWidget(self.registerStatusLabel)

        self.newButton = QPushButton(self.registerPane)
        self.newButton.setObjectName(u"newButton")

        self.registerButtonsLayout.addWidget(self.newButton)

        self.editButton = QPushButton(self.registerPane)
        self.editButton.setObjectName(u"editButton")

        self.registerButtonsLayout.addWidget(self.editButton)

        self.reviewButton = QPushButton(self.registerPane)
        self.reviewButton.setObjectName(u"reviewButton")

        self.registerButtonsLayout.addWidget(self.reviewButton)

        self.linksButton = QPushButton(self.registerPane)
        self.linksButton.setObjectName(u"linksButton")

        self.registerButtonsLayout.addWidget(self.linksButton)

        self.importButton = QPushButton(self.registerPane)
        self.importButton.setObjectName(u"importButton")

        self.registerButtonsLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(self.registerPane)
        self.exportButton.setObjectName(u"exportButton")

        self.registerButtonsLayout.addWidget(self.exportButton)


        self.registerLayout.addLayout(self.registerButtonsLayout)

        self.registerSplitter.addWidget(self.registerPane)
        self.trendPane = QWidget(self.registerSplitter)
        self.trendPane.setObjectName(u"trendPane")
        self.trendLayout = QVBoxLayout(self.trendPane)
        self.trendLayout.setObjectName(u"trendLayout")
        self.trendLayout.setContentsMargins(0, 0, 0, 0)
        self.registerSplitter.addWidget(self.trendPane)
        self.riskSplitter.addWidget(self.registerSplitter)

        self.mainLayout.addWidget(self.riskSplitter)

#if QT_CONFIG(shortcut)
        self.basisLabel.setBuddy(self.basisCombo)
        self.asOfLabel.setBuddy(self.asOfEdit)
        self.compareLabel.setBuddy(self.compareDateEdit)
        self.levelLabel.setBuddy(self.levelCombo)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.basisCombo, self.asOfEdit)
        QWidget.setTabOrder(self.asOfEdit, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.compareCheck)
        QWidget.setTabOrder(self.compareCheck, self.compareDateEdit)
        QWidget.setTabOrder(self.compareDateEdit, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.clearCellButton)
        QWidget.setTabOrder(self.clearCellButton, self.dueTable)
        QWidget.setTabOrder(self.dueTable, self.registerTable)
        QWidget.setTabOrder(self.registerTable, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.reviewButton)
        QWidget.setTabOrder(self.reviewButton, self.linksButton)
        QWidget.setTabOrder(self.linksButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.exportButton)

        self.retranslateUi(RiskView)

        QMetaObject.connectSlotsByName(RiskView)
    # setupUi

    def retranslateUi(self, RiskView):
        RiskView.setWindowTitle(QCoreApplication.translate("RiskView", u"Risk matrix", None))
        self.basisLabel.setText(QCoreApplication.translate("RiskView", u"S&cores", None))
#if QT_CONFIG(accessibility)
        self.basisCombo.setAccessibleName(QCoreApplication.translate("RiskView", u"Scores shown: inherent or residual", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.basisCombo.setToolTip(QCoreApplication.translate("RiskView", u"Inherent scores are before the existing controls, residual scores after them.", None))
#endif // QT_CONFIG(tooltip)
        self.asOfLabel.setText(QCoreApplication.translate("RiskView", u"&As of", None))
#if QT_CONFIG(accessibility)
        self.asOfEdit.setAccessibleName(QCoreApplication.translate("RiskView", u"Register as of date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.asOfEdit.setToolTip(QCoreApplication.translate("RiskView", u"Show the matrix as the register stood on this date.", None))
#endif // QT_CONFIG(tooltip)
        self.todayButton.setText(QCoreApplication.translate("RiskView", u"Toda&y", None))
#if QT_CONFIG(tooltip)
        self.todayButton.setToolTip(QCoreApplication.translate("RiskView", u"Show the register as it stands today.", None))
#endif // QT_CONFIG(tooltip)
        self.compareCheck.setText(QCoreApplication.translate("RiskView", u"Show mo&ves", None))
#if QT_CONFIG(accessibility)
        self.compareCheck.setAccessibleName(QCoreApplication.translate("RiskView", u"Show which risks moved", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.compareCheck.setToolTip(QCoreApplication.translate("RiskView", u"Draw arrows for the risks that moved between the comparison date and the as-of date.", None))
#endif // QT_CONFIG(tooltip)
        self.compareLabel.setText(QCoreApplication.translate("RiskView", u"&since", None))
#if QT_CONFIG(accessibility)
        self.compareDateEdit.setAccessibleName(QCoreApplication.translate("RiskView", u"Comparison date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.compareDateEdit.setToolTip(QCoreApplication.translate("RiskView", u"The earlier date the matrix is compared with.", None))
#endif // QT_CONFIG(tooltip)
        self.levelLabel.setText(QCoreApplication.translate("RiskView", u"&Level", None))
#if QT_CONFIG(accessibility)
        self.levelCombo.setAccessibleName(QCoreApplication.translate("RiskView", u"Level filter", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("RiskView", u"O&wner", None))
#if QT_CONFIG(accessibility)
        self.ownerCombo.setAccessibleName(QCoreApplication.translate("RiskView", u"Owner filter", None))
#endif // QT_CONFIG(accessibility)
        self.sourceLabel.setText(QCoreApplication.translate("RiskView", u"So&urce", None))
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("RiskView", u"Source filter", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("RiskView", u"S&tatus", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("RiskView", u"Status filter", None))
#endif // QT_CONFIG(accessibility)
        self.overdueCheck.setText(QCoreApplication.translate("RiskView", u"&Overdue only", None))
#if QT_CONFIG(accessibility)
        self.overdueCheck.setAccessibleName(QCoreApplication.translate("RiskView", u"Overdue reviews only", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.overdueCheck.setToolTip(QCoreApplication.translate("RiskView", u"Only risks whose next review date has passed.", None))
#endif // QT_CONFIG(tooltip)
        self.searchLabel.setText(QCoreApplication.translate("RiskView", u"Searc&h", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("RiskView", u"Search risk codes and titles", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RiskView", u"Code or title \u2014 \u4e2d\u6587 or English", None))
        self.clearCellButton.setText(QCoreApplication.translate("RiskView", u"Show all &matrix cells", None))
#if QT_CONFIG(tooltip)
        self.clearCellButton.setToolTip(QCoreApplication.translate("RiskView", u"Stop filtering the register by the selected cell.", None))
#endif // QT_CONFIG(tooltip)
        self.dueLabel.setText(QCoreApplication.translate("RiskView", u"Due for review this quarter", None))
#if QT_CONFIG(accessibility)
        self.dueTable.setAccessibleName(QCoreApplication.translate("RiskView", u"Risks due for review this quarter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.registerTable.setAccessibleName(QCoreApplication.translate("RiskView", u"Risk register", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("RiskView", u"&New risk\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("RiskView", u"Add a risk to the register.", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("RiskView", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("RiskView", u"Edit the selected risk.", None))
#endif // QT_CONFIG(tooltip)
        self.reviewButton.setText(QCoreApplication.translate("RiskView", u"&Review\u2026", None))
#if QT_CONFIG(tooltip)
        self.reviewButton.setToolTip(QCoreApplication.translate("RiskView", u"Record a review of the selected risk: its scores today and a comment.", None))
#endif // QT_CONFIG(tooltip)
        self.linksButton.setText(QCoreApplication.translate("RiskView", u"Lin&ks\u2026", None))
#if QT_CONFIG(tooltip)
        self.linksButton.setToolTip(QCoreApplication.translate("RiskView", u"The incidents and drills linked to the selected risk.", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("RiskView", u"&Import\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("RiskView", u"Import a risk register from a CSV or XLSX spreadsheet.", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("RiskView", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("RiskView", u"Export the register to a CSV or XLSX spreadsheet.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

