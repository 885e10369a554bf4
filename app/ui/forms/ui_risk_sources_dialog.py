# Generated from forms/risk_sources_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_sources_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_RiskSourcesDialog(object):
    def setupUi(self, RiskSourcesDialog):
        if not RiskSourcesDialog.objectName():
            RiskSourcesDialog.setObjectName(u"RiskSourcesDialog")
        RiskSourcesDialog.resize(860, 640)
        self.mainLayout = QVBoxLayout(RiskSourcesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(RiskSourcesDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.listLayout = QHBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.sourcesTable = QTableView(RiskSourcesDialog)
        self.sourcesTable.setObjectName(u"sourcesTable")
        self.sourcesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sourcesTable.setAlternatingRowColors(True)
        self.sourcesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sourcesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.listLayout.addWidget(self.sourcesTable)

        self.listButtonsLayout = QVBoxLayout()
        self.listButtonsLayout.setObjectName(u"listButtonsLayout")
        self.newButton = QPushButton(RiskSourcesDialog)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.listButtonsLayout.addWidget(self.newButton)

        self.retireButton = QPushButton(RiskSourcesDialog)
        self.retireButton.setObjectName(u"retireButton")
        self.retireButton.setAutoDefault(False)

        self.listButtonsLayout.addWidget(self.retireButton)

        self.restoreButton = QPushButton(RiskSourcesDialog)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.listButtonsLayout.addWidget(self.restoreButton)

        self.listButtonsSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.listButtonsLayout.addItem(self.listButtonsSpacer)


        self.listLayout.addLayout(self.listButtonsLayout)


        self.mainLayout.addLayout(self.listLayout)

        self.detailGroup = QGroupBox(RiskSourcesDialog)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailGroup.setTitle(u"")
        self.detailForm = QFormLayout(self.detailGroup)
        self.detailForm.setObjectName(u"detailForm")
        self.detailForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.codeLabel = QLabel(self.detailGroup)
        self.codeLabel.setObjectName(u"codeLabel")

        self.detailForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.detailGroup)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(40)

        self.detailForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.englishLabel = QLabel(self.detailGroup)
        self.englishLabel.setObjectName(u"englishLabel")

        self.detailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.englishLabel)

        self.englishEdit = QLineEdit(self.detailGroup)
        self.englishEdit.setObjectName(u"englishEdit")
        self.englishEdit.setMaxLength(100)

        self.detailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.englishEdit)

        self.traditionalLabel = QLabel(self.detailGroup)
        self.traditionalLabel.setObjectName(u"traditionalLabel")

        self.detailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.traditionalLabel)

        self.traditionalEdit = QLineEdit(self.detailGroup)
        self.traditionalEdit.setObjectName(u"traditionalEdit")
        self.traditionalEdit.setMaxLength(100)

        self.detailForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.traditionalEdit)

        self.simplifiedLabel = QLabel(self.detailGroup)
        self.simplifiedLabel.setObjectName(u"simplifiedLabel")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.simplifiedLabel)

        self.simplifiedEdit = QLineEdit(self.detailGroup)
        self.simplifiedEdit.setObjectName(u"simplifiedEdit")
        self.simplifiedEdit.setMaxLength(100)

        self.detailForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.simplifiedEdit)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.saveSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveLayout.addItem(self.saveSpacer)

        self.saveButton = QPushButton(self.detailGroup)
        self.saveButton.setObjectName(u"saveButton")

        self.saveLayout.addWidget(self.saveButton)


        self.detailForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.saveLayout)


        self.mainLayout.addWidget(self.detailGroup)

        self.messageLabel = QLabel(RiskSourcesDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.closeLayout = QHBoxLayout()
        self.closeLayout.setObjectName(u"closeLayout")
        self.closeSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeLayout.addItem(self.closeSpacer)

        self.closeButton = QPushButton(RiskSourcesDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.closeLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.closeLayout)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.englishLabel.setBuddy(self.englishEdit)
        self.traditionalLabel.setBuddy(self.traditionalEdit)
        self.simplifiedLabel.setBuddy(self.simplifiedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sourcesTable, self.newButton)
        QWidget.setTabOrder(self.newButton, self.retireButton)
        QWidget.setTabOrder(self.retireButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.englishEdit)
        QWidget.setTabOrder(self.englishEdit, self.traditionalEdit)
        QWidget.setTabOrder(self.traditionalEdit, self.simplifiedEdit)
        QWidget.setTabOrder(self.simplifiedEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(RiskSourcesDialog)
        self.closeButton.clicked.connect(RiskSourcesDialog.reject)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(RiskSourcesDialog)
    # setupUi

    def retranslateUi(self, RiskSourcesDialog):
        RiskSourcesDialog.setWindowTitle(QCoreApplication.translate("RiskSourcesDialog", u"Risk sources", None))
        self.hintLabel.setText(QCoreApplication.translate("RiskSourcesDialog", u"The sources a risk can be filed under, with their label in each language. A retired source stays on the risks that have it but is no longer offered for new ones.", None))
#if QT_CONFIG(accessibility)
        self.sourcesTable.setAccessibleName(QCoreApplication.translate("RiskSourcesDialog", u"Risk sources", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("RiskSourcesDialog", u"&New source", None))
        self.retireButton.setText(QCoreApplication.translate("RiskSourcesDialog", u"Re&tire", None))
#if QT_CONFIG(tooltip)
        self.retireButton.setToolTip(QCoreApplication.translate("RiskSourcesDialog", u"Stop offering this source for new risks; risks that have it keep it.", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("RiskSourcesDialog", u"Rest&ore", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("RiskSourcesDialog", u"Offer this retired source for new risks again.", None))
#endif // QT_CONFIG(tooltip)
        self.codeLabel.setText(QCoreApplication.translate("RiskSourcesDialog", u"Co&de", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("RiskSourcesDialog", u"Source code", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.codeEdit.setToolTip(QCoreApplication.translate("RiskSourcesDialog", u"Lower-case letters, digits and _, up to 40 characters (for example supply_chain). It cannot be changed later: risks and imported files refer to it.", None))
#endif // QT_CONFIG(tooltip)
        self.englishLabel.setText(QCoreApplication.translate("RiskSourcesDialog", u"&English label", None))
#if QT_CONFIG(accessibility)
        self.englishEdit.setAccessibleName(QCoreApplication.translate("RiskSourcesDialog", u"English label", None))
#endif // QT_CONFIG(accessibility)
        self.traditionalLabel.setText(QCoreApplication.translate("RiskSourcesDialog", u"T&raditional Chinese label (\u7e41\u9ad4)", None))
#if QT_CONFIG(accessibility)
        self.traditionalEdit.setAccessibleName(QCoreApplication.translate("RiskSourcesDialog", u"Traditional Chinese label", None))
#endif // QT_CONFIG(accessibility)
        self.traditionalEdit.setPlaceholderText(QCoreApplication.translate("RiskSourcesDialog", u"Empty: the English label is shown", None))
        self.simplifiedLabel.setText(QCoreApplication.translate("RiskSourcesDialog", u"Si&mplified Chinese label (\u7b80\u4f53)", None))
#if QT_CONFIG(accessibility)
        self.simplifiedEdit.setAccessibleName(QCoreApplication.translate("RiskSourcesDialog", u"Simplified Chinese label", None))
#endif // QT_CONFIG(accessibility)
        self.simplifiedEdit.setPlaceholderText(QCoreApplication.translate("RiskSourcesDialog", u"Empty: the English label is shown", None))
        self.saveButton.setText(QCoreApplication.translate("RiskSourcesDialog", u"&Save labels", None))
        self.closeButton.setText(QCoreApplication.translate("RiskSourcesDialog", u"C&lose", None))
    # retranslateUi

