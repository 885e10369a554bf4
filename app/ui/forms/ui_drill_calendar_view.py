# Generated from forms/drill_calendar_view.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'drill_calendar_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel,
    QListWidget, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_DrillCalendarView(object):
    def setupUi(self, DrillCalendarView):
        if not DrillCalendarView.objectName():
            DrillCalendarView.setObjectName(u"DrillCalendarView")
        DrillCalendarView.resize(1000, 680)
        self.mainLayout = QVBoxLayout(DrillCalendarView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pageTabs = QTabWidget(DrillCalendarView)
        self.pageTabs.setObjectName(u"pageTabs")
        self.pageTabs.setDocumentMode(True)
        self.calendarTab = QWidget()
        self.calendarTab.setObjectName(u"calendarTab")
        self.calendarLayout = QVBoxLayout(self.calendarTab)
        self.calendarLayout.setObjectName(u"calendarLayout")
        self.navigationLayout = QHBoxLayout()
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.previousButton = QToolButton(self.calendarTab)
        self.previousButton.setObjectName(u"previousButton")

        self.navigationLayout.addWidget(self.previousButton)

        self.todayButton = QPushButton(self.calendarTab)
        self.todayButton.setObjectName(u"todayButton")

        self.navigationLayout.addWidget(self.todayButton)

        self.nextButton = QToolButton(self.calendarTab)
        self.nextButton.setObjectName(u"nextButton")

        self.navigationLayout.addWidget(self.nextButton)

        self.periodLabel = QLabel(self.calendarTab)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setText(u"")
        self.periodLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.navigationLayout.addWidget(self.periodLabel)

        self.navigationSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navigationLayout.addItem(self.navigationSpacer)

        self.modeLabel = QLabel(self.calendarTab)
        self.modeLabel.setObjectName(u"modeLabel")

        self.navigationLayout.addWidget(self.modeLabel)

        self.modeCombo = QComboBox(self.calendarTab)
        self.modeCombo.setObjectName(u"modeCombo")

        self.navigationLayout.addWidget(self.modeCombo)

        self.roleLabel = QLabel(self.calendarTab)
        self.roleLabel.setObjectName(u"roleLabel")

        self.navigationLayout.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(self.calendarTab)
        self.roleCombo.setObjectName(u"roleCombo")

        self.navigationLayout.addWidget(self.roleCombo)

        self.newDrillButton = QPushButton(self.calendarTab)
        self.newDrillButton.setObjectName(u"newDrillButton")

        self.navigationLayout.addWidget(self.newDrillButton)

        self.rotaButton = QPushButton(self.calendarTab)
        self.rotaButton.setObjectName(u"rotaButton")

        self.navigationLayout.addWidget(self.rotaButton)


        self.calendarLayout.addLayout(self.navigationLayout)

        self.legendLayout = QHBoxLayout()
        self.legendLayout.setObjectName(u"legendLayout")

        self.calendarLayout.addLayout(self.legendLayout)

        self.splitter = QSplitter(self.calendarTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.calendarTable = QTableView(self.splitter)
        self.calendarTable.setObjectName(u"calendarTable")
        self.calendarTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.calendarTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.calendarTable.setShowGrid(True)
        self.calendarTable.setWordWrap(False)
        self.splitter.addWidget(self.calendarTable)
        self.dayPanel = QWidget(self.splitter)
        self.dayPanel.setObjectName(u"dayPanel")
        self.dayLayout = QVBoxLayout(self.dayPanel)
        self.dayLayout.setObjectName(u"dayLayout")
        self.dayLayout.setContentsMargins(0, 0, 0, 0)
        self.dayLabel = QLabel(self.dayPanel)
        self.dayLabel.setObjectName(u"dayLabel")
        self.dayLabel.setText(u"")
        self.dayLabel.setStyleSheet(u"font-weight: 600;")

        self.dayLayout.addWidget(self.dayLabel)

        self.dayList = QListWidget(self.dayPanel)
        self.dayList.setObjectName(u"dayList")

        self.dayLayout.addWidget(self.dayList)

        self.statusLabel = QLabel(self.dayPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.dayLayout.addWidget(self.statusLabel)

        self.splitter.addWidget(self.dayPanel)

        self.calendarLayout.addWidget(self.splitter)

        self.pageTabs.addTab(self.calendarTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.pageTabs.addTab(self.historyTab, "")

        self.mainLayout.addWidget(self.pageTabs)

#if QT_CONFIG(shortcut)
        self.modeLabel.setBuddy(self.modeCombo)
        self.roleLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DrillCalendarView)

        self.pageTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DrillCalendarView)
    # setupUi

    def retranslateUi(self, DrillCalendarView):
        self.previousButton.setText(QCoreApplication.translate("DrillCalendarView", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("DrillCalendarView", u"Previous month or week (Page Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("DrillCalendarView", u"Previous period", None))
#endif // QT_CONFIG(accessibility)
        self.todayButton.setText(QCoreApplication.translate("DrillCalendarView", u"&Today", None))
        self.nextButton.setText(QCoreApplication.translate("DrillCalendarView", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("DrillCalendarView", u"Next month or week (Page Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("DrillCalendarView", u"Next period", None))
#endif // QT_CONFIG(accessibility)
        self.modeLabel.setText(QCoreApplication.translate("DrillCalendarView", u"&View:", None))
#if QT_CONFIG(accessibility)
        self.modeCombo.setAccessibleName(QCoreApplication.translate("DrillCalendarView", u"Month or week", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("DrillCalendarView", u"On call &shown:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("DrillCalendarView", u"Whose on-call shifts are shown", None))
#endif // QT_CONFIG(accessibility)
        self.newDrillButton.setText(QCoreApplication.translate("DrillCalendarView", u"&New drill\u2026", None))
        self.rotaButton.setText(QCoreApplication.translate("DrillCalendarView", u"On-call &rota\u2026", None))
#if QT_CONFIG(accessibility)
        self.calendarTable.setAccessibleName(QCoreApplication.translate("DrillCalendarView", u"Calendar", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dayList.setAccessibleName(QCoreApplication.translate("DrillCalendarView", u"Entries on the selected day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.dayList.setToolTip(QCoreApplication.translate("DrillCalendarView", u"Double-click or press Enter to open", None))
#endif // QT_CONFIG(tooltip)
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.calendarTab), QCoreApplication.translate("DrillCalendarView", u"Cal&endar", None))
        self.pageTabs.setTabText(self.pageTabs.indexOf(self.historyTab), QCoreApplication.translate("DrillCalendarView", u"Drill h&istory", None))
        pass
    # retranslateUi

