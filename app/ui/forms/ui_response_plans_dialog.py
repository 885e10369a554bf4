# Generated from forms/response_plans_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'response_plans_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ResponsePlansDialog(object):
    def setupUi(self, ResponsePlansDialog):
        if not ResponsePlansDialog.objectName():
            ResponsePlansDialog.setObjectName(u"ResponsePlansDialog")
        ResponsePlansDialog.resize(980, 560)
        self.mainLayout = QVBoxLayout(ResponsePlansDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.chooserLayout = QHBoxLayout()
        self.chooserLayout.setObjectName(u"chooserLayout")
        self.categoryLabel = QLabel(ResponsePlansDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.chooserLayout.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(ResponsePlansDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.chooserLayout.addWidget(self.categoryCombo)

        self.gradeLabel = QLabel(ResponsePlansDialog)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.chooserLayout.addWidget(self.gradeLabel)

        self.gradeCombo = QComboBox(ResponsePlansDialog)
        self.gradeCombo.setObjectName(u"gradeCombo")
        self.gradeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.chooserLayout.addWidget(self.gradeCombo)

        self.chooserSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooserLayout.addItem(self.chooserSpacer)


        self.mainLayout.addLayout(self.chooserLayout)

        self.sourceLabel = QLabel(ResponsePlansDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setText(u"")
        self.sourceLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.sourceLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.sourceLabel)

        self.stepsLayout = QHBoxLayout()
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepsTable = QTableView(ResponsePlansDialog)
        self.stepsTable.setObjectName(u"stepsTable")
        self.stepsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stepsTable.setAlternatingRowColors(True)
        self.stepsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stepsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stepsTable.setWordWrap(True)

        self.stepsLayout.addWidget(self.stepsTable)

        self.stepButtonsLayout = QVBoxLayout()
        self.stepButtonsLayout.setObjectName(u"stepButtonsLayout")
        self.addButton = QPushButton(ResponsePlansDialog)
        self.addButton.setObjectName(u"addButton")

        self.stepButtonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(ResponsePlansDialog)
        self.editButton.setObjectName(u"editButton")

        self.stepButtonsLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(ResponsePlansDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.stepButtonsLayout.addWidget(self.removeButton)

        self.upButton = QPushButton(ResponsePlansDialog)
        self.upButton.setObjectName(u"upButton")

        self.stepButtonsLayout.addWidget(self.upButton)

        self.downButton = QPushButton(ResponsePlansDialog)
        self.downButton.setObjectName(u"downButton")

        self.stepButtonsLayout.addWidget(self.downButton)

        self.stepButtonsSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.stepButtonsLayout.addItem(self.stepButtonsSpacer)


        self.stepsLayout.addLayout(self.stepButtonsLayout)


        self.mainLayout.addLayout(self.stepsLayout)

        self.messageLabel = QLabel(ResponsePlansDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.resetButton = QPushButton(ResponsePlansDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.actionsLayout.addWidget(self.resetButton)

        self.undoButton = QPushButton(ResponsePlansDialog)
        self.undoButton.setObjectName(u"undoButton")

        self.actionsLayout.addWidget(self.undoButton)

        self.actionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.saveButton = QPushButton(ResponsePlansDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.actionsLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(ResponsePlansDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.actionsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.actionsLayout)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.gradeLabel.setBuddy(self.gradeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.categoryCombo, self.gradeCombo)
        QWidget.setTabOrder(self.gradeCombo, self.stepsTable)
        QWidget.setTabOrder(self.stepsTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.undoButton)
        QWidget.setTabOrder(self.undoButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(ResponsePlansDialog)
        self.closeButton.clicked.connect(ResponsePlansDialog.reject)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ResponsePlansDialog)
    # setupUi

    def retranslateUi(self, ResponsePlansDialog):
        ResponsePlansDialog.setWindowTitle(QCoreApplication.translate("ResponsePlansDialog", u"Response plans", None))
        self.categoryLabel.setText(QCoreApplication.translate("ResponsePlansDialog", u"&Category", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("ResponsePlansDialog", u"Incident category", None))
#endif // QT_CONFIG(accessibility)
        self.gradeLabel.setText(QCoreApplication.translate("ResponsePlansDialog", u"&Grade", None))
#if QT_CONFIG(accessibility)
        self.gradeCombo.setAccessibleName(QCoreApplication.translate("ResponsePlansDialog", u"Grade the plan is for", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sourceLabel.setAccessibleName(QCoreApplication.translate("ResponsePlansDialog", u"Where this plan comes from", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stepsTable.setAccessibleName(QCoreApplication.translate("ResponsePlansDialog", u"Plan steps", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("ResponsePlansDialog", u"&Add step\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ResponsePlansDialog", u"&Edit step\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("ResponsePlansDialog", u"Re&move step", None))
        self.upButton.setText(QCoreApplication.translate("ResponsePlansDialog", u"Move &up", None))
        self.downButton.setText(QCoreApplication.translate("ResponsePlansDialog", u"Move do&wn", None))
        self.resetButton.setText(QCoreApplication.translate("ResponsePlansDialog", u"&Reset to default", None))
        self.undoButton.setText(QCoreApplication.translate("ResponsePlansDialog", u"Und&o changes", None))
        self.saveButton.setText(QCoreApplication.translate("ResponsePlansDialog", u"&Save", None))
        self.closeButton.setText(QCoreApplication.translate("ResponsePlansDialog", u"C&lose", None))
    # retranslateUi

