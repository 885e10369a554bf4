# Generated from forms/risk_import_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QRect, QSize,
    Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_RiskImportDialog(object):
    def setupUi(self, RiskImportDialog):
        if not RiskImportDialog.objectName():
            RiskImportDialog.setObjectName(u"RiskImportDialog")
        RiskImportDialog.resize(1100, 720)
        self.mainLayout = QVBoxLayout(RiskImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(RiskImportDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(RiskImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(RiskImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(RiskImportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.browseButton)

        self.previewButton = QPushButton(RiskImportDialog)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.previewButton)


        self.mainLayout.addLayout(self.fileLayout)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressBar = QProgressBar(RiskImportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMinimum(0)
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)
        self.progressBar.setMaximumSize(QSize(160, 16777215))

        self.progressLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(RiskImportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.progressLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.progressLayout)

        self.splitter = QSplitter(RiskImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.mappingGroup = QGroupBox(self.splitter)
        self.mappingGroup.setObjectName(u"mappingGroup")
        self.mappingLayout = QVBoxLayout(self.mappingGroup)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingHelpLabel = QLabel(self.mappingGroup)
        self.mappingHelpLabel.setObjectName(u"mappingHelpLabel")
        self.mappingHelpLabel.setText(u"")
        self.mappingHelpLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.mappingHelpLabel.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingHelpLabel)

        self.mappingScroll = QScrollArea(self.mappingGroup)
        self.mappingScroll.setObjectName(u"mappingScroll")
        self.mappingScroll.setWidgetResizable(True)
        self.mappingScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mappingScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.mappingPanel = QWidget()
        self.mappingPanel.setObjectName(u"mappingPanel")
        self.mappingPanel.setGeometry(QRect(0, 0, 300, 400))
        self.mappingForm = QFormLayout(self.mappingPanel)
        self.mappingForm.setObjectName(u"mappingForm")
        self.mappingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mappingScroll.setWidget(self.mappingPanel)

        self.mappingLayout.addWidget(self.mappingScroll)

        self.splitter.addWidget(self.mappingGroup)
        self.previewPanel = QWidget(self.splitter)
        self.previewPanel.setObjectName(u"previewPanel")
        self.previewLayout = QVBoxLayout(self.previewPanel)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewLabel = QLabel(self.previewPanel)
        self.previewLabel.setObjectName(u"previewLabel")

        self.previewLayout.addWidget(self.previewLabel)

        self.previewTable = QTableView(self.previewPanel)
        self.previewTable.setObjectName(u"previewTable")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(3)
        sizePolicy1.setHeightForWidth(self.previewTable.sizePolicy().hasHeightForWidth())
        self.previewTable.setSizePolicy(sizePolicy1)
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setWordWrap(False)

        self.previewLayout.addWidget(self.previewTable)

        self.problemsLabel = QLabel(self.previewPanel)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.previewLayout.addWidget(self.problemsLabel)

        self.problemsList = QListWidget(self.previewPanel)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setMaximumSize(QSize(16777215, 160))

        self.previewLayout.addWidget(self.problemsList)

        self.splitter.addWidget(self.previewPanel)

        self.mainLayout.addWidget(self.splitter)

        self.summaryLabel = QLabel(RiskImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.messageLabel = QLabel(RiskImportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(RiskImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.previewLabel.setBuddy(self.previewTable)
        self.problemsLabel.setBuddy(self.problemsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.mappingScroll)
        QWidget.setTabOrder(self.mappingScroll, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.problemsList)

        self.retranslateUi(RiskImportDialog)
        self.buttonBox.rejected.connect(RiskImportDialog.reject)

        QMetaObject.connectSlotsByName(RiskImportDialog)
    # setupUi

    def retranslateUi(self, RiskImportDialog):
        RiskImportDialog.setWindowTitle(QCoreApplication.translate("RiskImportDialog", u"Import risk register", None))
        self.fileLabel.setText(QCoreApplication.translate("RiskImportDialog", u"&File", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("RiskImportDialog", u"File to import", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("RiskImportDialog", u"A CSV or XLSX file", None))
        self.browseButton.setText(QCoreApplication.translate("RiskImportDialog", u"&Browse\u2026", None))
        self.previewButton.setText(QCoreApplication.translate("RiskImportDialog", u"&Reload preview", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("RiskImportDialog", u"Preview in progress", None))
#endif // QT_CONFIG(accessibility)
        self.mappingGroup.setTitle(QCoreApplication.translate("RiskImportDialog", u"Columns in the file", None))
        self.previewLabel.setText(QCoreApplication.translate("RiskImportDialog", u"Rows as they will be im&ported", None))
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("RiskImportDialog", u"Rows as they will be imported", None))
#endif // QT_CONFIG(accessibility)
        self.problemsLabel.setText(QCoreApplication.translate("RiskImportDialog", u"Problems and &warnings", None))
#if QT_CONFIG(accessibility)
        self.problemsList.setAccessibleName(QCoreApplication.translate("RiskImportDialog", u"Problems and warnings, row by row", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

