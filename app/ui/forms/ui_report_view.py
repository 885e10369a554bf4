# Generated from forms/report_view.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout,
    QHBoxLayout, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout,
    QWidget)

class Ui_ReportView(object):
    def setupUi(self, ReportView):
        if not ReportView.objectName():
            ReportView.setObjectName(u"ReportView")
        ReportView.resize(1100, 680)
        self.mainLayout = QHBoxLayout(ReportView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.reportSplitter = QSplitter(ReportView)
        self.reportSplitter.setObjectName(u"reportSplitter")
        self.reportSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.reportSplitter.setChildrenCollapsible(False)
        self.choicePanel = QWidget(self.reportSplitter)
        self.choicePanel.setObjectName(u"choicePanel")
        self.choicePanel.setMinimumSize(QSize(300, 0))
        self.choicePanel.setMaximumSize(QSize(440, 16777215))
        self.choiceLayout = QVBoxLayout(self.choicePanel)
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.choiceLayout.setContentsMargins(0, 0, 0, 0)
        self.choiceForm = QFormLayout()
        self.choiceForm.setObjectName(u"choiceForm")
        self.choiceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.typeLabel = QLabel(self.choicePanel)
        self.typeLabel.setObjectName(u"typeLabel")

        self.choiceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.choicePanel)
        self.typeCombo.setObjectName(u"typeCombo")

        self.choiceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.incidentLabel = QLabel(self.choicePanel)
        self.incidentLabel.setObjectName(u"incidentLabel")

        self.choiceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.incidentLabel)

        self.incidentCombo = QComboBox(self.choicePanel)
        self.incidentCombo.setObjectName(u"incidentCombo")
        self.incidentCombo.setEditable(True)
        self.incidentCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.incidentCombo.setMaxVisibleItems(20)

        self.choiceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.incidentCombo)

        self.drillLabel = QLabel(self.choicePanel)
        self.drillLabel.setObjectName(u"drillLabel")

        self.choiceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.drillLabel)

        self.drillCombo = QComboBox(self.choicePanel)
        self.drillCombo.setObjectName(u"drillCombo")
        self.drillCombo.setMaxVisibleItems(20)

        self.choiceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.drillCombo)

        self.periodLabel = QLabel(self.choicePanel)
        self.periodLabel.setObjectName(u"periodLabel")

        self.choiceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(self.choicePanel)
        self.periodCombo.setObjectName(u"periodCombo")

        self.choiceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.fromLabel = QLabel(self.choicePanel)
        self.fromLabel.setObjectName(u"fromLabel")

        self.choiceForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDateEdit = QDateEdit(self.choicePanel)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setCalendarPopup(True)

        self.choiceForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fromDateEdit)

        self.toLabel = QLabel(self.choicePanel)
        self.toLabel.setObjectName(u"toLabel")

        self.choiceForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toDateEdit = QDateEdit(self.choicePanel)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setCalendarPopup(True)

        self.choiceForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.toDateEdit)

        self.audienceLabel = QLabel(self.choicePanel)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.choiceForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.audienceLabel)

        self.audienceCombo = QComboBox(self.choicePanel)
        self.audienceCombo.setObjectName(u"audienceCombo")

        self.choiceForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.audienceCombo)

        self.paperLabel = QLabel(self.choicePanel)
        self.paperLabel.setObjectName(u"paperLabel")

        self.choiceForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(self.choicePanel)
        self.paperCombo.setObjectName(u"paperCombo")

        self.choiceForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.paperCombo)


        self.choiceLayout.addLayout(self.choiceForm)

        self.identifyCheck = QCheckBox(self.choicePanel)
        self.identifyCheck.setObjectName(u"identifyCheck")

        self.choiceLayout.addWidget(self.identifyCheck)

        self.identifyWarningLabel = QLabel(self.choicePanel)
        self.identifyWarningLabel.setObjectName(u"identifyWarningLabel")
        self.identifyWarningLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.identifyWarningLabel.setWordWrap(True)

        self.choiceLayout.addWidget(self.identifyWarningLabel)

        self.generateLayout = QHBoxLayout()
        self.generateLayout.setObjectName(u"generateLayout")
        self.generateButton = QPushButton(self.choicePanel)
        self.generateButton.setObjectName(u"generateButton")

        self.generateLayout.addWidget(self.generateButton)

        self.cancelButton = QPushButton(self.choicePanel)
        self.cancelButton.setObjectName(u"cancelButton")

        self.generateLayout.addWidget(self.cancelButton)

        self.generateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.generateLayout.addItem(self.generateSpacer)


        self.choiceLayout.addLayout(self.generateLayout)

        self.progressBar = QProgressBar(self.choicePanel)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMinimum(0)
        self.progressBar.setMaximum(100)
        self.progressBar.setValue(0)

        self.choiceLayout.addWidget(self.progressBar)

        self.messageLabel = QLabel(self.choicePanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.choiceLayout.addWidget(self.messageLabel)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choiceLayout.addItem(self.choiceSpacer)

        self.reportSplitter.addWidget(self.choicePanel)
        self.previewPanel = QWidget(self.reportSplitter)
        self.previewPanel.setObjectName(u"previewPanel")
        self.previewLayout = QVBoxLayout(self.previewPanel)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewBarLayout = QHBoxLayout()
        self.previewBarLayout.setObjectName(u"previewBarLayout")
        self.previewTitleLabel = QLabel(self.previewPanel)
        self.previewTitleLabel.setObjectName(u"previewTitleLabel")
        self.previewTitleLabel.setText(u"")
        self.previewTitleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.previewBarLayout.addWidget(self.previewTitleLabel)

        self.previewBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewBarLayout.addItem(self.previewBarSpacer)

        self.pageCountLabel = QLabel(self.previewPanel)
        self.pageCountLabel.setObjectName(u"pageCountLabel")
        self.pageCountLabel.setText(u"")
        self.pageCountLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.previewBarLayout.addWidget(self.pageCountLabel)

        self.saveButton = QPushButton(self.previewPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.previewBarLayout.addWidget(self.saveButton)

        self.printButton = QPushButton(self.previewPanel)
        self.printButton.setObjectName(u"printButton")

        self.previewBarLayout.addWidget(self.printButton)


        self.previewLayout.addLayout(self.previewBarLayout)

        self.previewHost = QWidget(self.previewPanel)
        self.previewHost.setObjectName(u"previewHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.previewHost.sizePolicy().hasHeightForWidth())
        self.previewHost.setSizePolicy(sizePolicy)
        self.previewHostLayout = QVBoxLayout(self.previewHost)
        self.previewHostLayout.setObjectName(u"previewHostLayout")
        self.previewHostLayout.setContentsMargins(0, 0, 0, 0)

        self.previewLayout.addWidget(self.previewHost)

        self.reportSplitter.addWidget(self.previewPanel)

        self.mainLayout.addWidget(self.reportSplitter)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.typeCombo)
        self.incidentLabel.setBuddy(self.incidentCombo)
        self.drillLabel.setBuddy(self.drillCombo)
        self.periodLabel.setBuddy(self.periodCombo)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.toLabel.setBuddy(self.toDateEdit)
        self.audienceLabel.setBuddy(self.audienceCombo)
        self.paperLabel.setBuddy(self.paperCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.typeCombo, self.incidentCombo)
        QWidget.setTabOrder(self.incidentCombo, self.drillCombo)
        QWidget.setTabOrder(self.drillCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.fromDateEdit)
        QWidget.setTabOrder(self.fromDateEdit, self.toDateEdit)
        QWidget.setTabOrder(self.toDateEdit, self.audienceCombo)
        QWidget.setTabOrder(self.audienceCombo, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.identifyCheck)
        QWidget.setTabOrder(self.identifyCheck, self.generateButton)
        QWidget.setTabOrder(self.generateButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)

        self.retranslateUi(ReportView)

        self.generateButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReportView)
    # setupUi

    def retranslateUi(self, ReportView):
        ReportView.setWindowTitle(QCoreApplication.translate("ReportView", u"Reports", None))
        self.typeLabel.setText(QCoreApplication.translate("ReportView", u"Report &type", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("ReportView", u"Report type", None))
#endif // QT_CONFIG(accessibility)
        self.incidentLabel.setText(QCoreApplication.translate("ReportView", u"&Incident", None))
#if QT_CONFIG(accessibility)
        self.incidentCombo.setAccessibleName(QCoreApplication.translate("ReportView", u"Incident code", None))
#endif // QT_CONFIG(accessibility)
        self.drillLabel.setText(QCoreApplication.translate("ReportView", u"D&rill", None))
#if QT_CONFIG(accessibility)
        self.drillCombo.setAccessibleName(QCoreApplication.translate("ReportView", u"Drill", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("ReportView", u"&Quick period", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("ReportView", u"Quick period", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("ReportView", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromDateEdit.setAccessibleName(QCoreApplication.translate("ReportView", u"First day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("ReportView", u"T&o", None))
#if QT_CONFIG(accessibility)
        self.toDateEdit.setAccessibleName(QCoreApplication.translate("ReportView", u"Last day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.audienceLabel.setText(QCoreApplication.translate("ReportView", u"&Audience", None))
#if QT_CONFIG(accessibility)
        self.audienceCombo.setAccessibleName(QCoreApplication.translate("ReportView", u"Audience", None))
#endif // QT_CONFIG(accessibility)
        self.paperLabel.setText(QCoreApplication.translate("ReportView", u"&Paper", None))
#if QT_CONFIG(accessibility)
        self.paperCombo.setAccessibleName(QCoreApplication.translate("ReportView", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
        self.identifyCheck.setText(QCoreApplication.translate("ReportView", u"I&dentify people (names and employee numbers)", None))
#if QT_CONFIG(accessibility)
        self.identifyCheck.setAccessibleName(QCoreApplication.translate("ReportView", u"Identify people in the report", None))
#endif // QT_CONFIG(accessibility)
        self.identifyWarningLabel.setText(QCoreApplication.translate("ReportView", u"Every identity printed is recorded in the audit trail. Keep the report as confidential as the case file.", None))
        self.generateButton.setText(QCoreApplication.translate("ReportView", u"&Generate", None))
        self.cancelButton.setText(QCoreApplication.translate("ReportView", u"&Cancel", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ReportView", u"Report generation progress", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("ReportView", u"&Save as\u2026", None))
        self.printButton.setText(QCoreApplication.translate("ReportView", u"Pri&nt\u2026", None))
    # retranslateUi

