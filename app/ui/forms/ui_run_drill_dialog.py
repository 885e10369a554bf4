# Generated from forms/run_drill_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'run_drill_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QVBoxLayout)

class Ui_RunDrillDialog(object):
    def setupUi(self, RunDrillDialog):
        if not RunDrillDialog.objectName():
            RunDrillDialog.setObjectName(u"RunDrillDialog")
        RunDrillDialog.resize(760, 560)
        self.mainLayout = QVBoxLayout(RunDrillDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(RunDrillDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.titleLabel)

        self.elapsedLabel = QLabel(RunDrillDialog)
        self.elapsedLabel.setObjectName(u"elapsedLabel")
        self.elapsedLabel.setText(u"00:00:00")
        self.elapsedLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.elapsedLabel)

        self.alertLabel = QLabel(RunDrillDialog)
        self.alertLabel.setObjectName(u"alertLabel")
        self.alertLabel.setText(u"")
        self.alertLabel.setWordWrap(True)
        self.alertLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.alertLabel)

        self.figuresForm = QFormLayout()
        self.figuresForm.setObjectName(u"figuresForm")
        self.targetLabel = QLabel(RunDrillDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.figuresForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetValue = QLabel(RunDrillDialog)
        self.targetValue.setObjectName(u"targetValue")
        self.targetValue.setText(u"")
        self.targetValue.setWordWrap(True)
        self.targetValue.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.targetValue)

        self.firstAckLabel = QLabel(RunDrillDialog)
        self.firstAckLabel.setObjectName(u"firstAckLabel")

        self.figuresForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstAckLabel)

        self.firstAckValue = QLabel(RunDrillDialog)
        self.firstAckValue.setObjectName(u"firstAckValue")
        self.firstAckValue.setText(u"")
        self.firstAckValue.setWordWrap(True)
        self.firstAckValue.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstAckValue)

        self.allAckLabel = QLabel(RunDrillDialog)
        self.allAckLabel.setObjectName(u"allAckLabel")

        self.figuresForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.allAckLabel)

        self.allAckValue = QLabel(RunDrillDialog)
        self.allAckValue.setObjectName(u"allAckValue")
        self.allAckValue.setText(u"")
        self.allAckValue.setWordWrap(True)
        self.allAckValue.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.allAckValue)

        self.keyRolesAckLabel = QLabel(RunDrillDialog)
        self.keyRolesAckLabel.setObjectName(u"keyRolesAckLabel")

        self.figuresForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.keyRolesAckLabel)

        self.keyRolesAckValue = QLabel(RunDrillDialog)
        self.keyRolesAckValue.setObjectName(u"keyRolesAckValue")
        self.keyRolesAckValue.setText(u"")
        self.keyRolesAckValue.setWordWrap(True)
        self.keyRolesAckValue.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.keyRolesAckValue)


        self.mainLayout.addLayout(self.figuresForm)

        self.hintLabel = QLabel(RunDrillDialog)
        self.hintLabel.setObjectName(u"hintLabel")

        self.mainLayout.addWidget(self.hintLabel)

        self.participantsTable = QTableWidget(RunDrillDialog)
        self.participantsTable.setObjectName(u"participantsTable")
        self.participantsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participantsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.mainLayout.addWidget(self.participantsTable)

        self.messageLabel = QLabel(RunDrillDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.startButton = QPushButton(RunDrillDialog)
        self.startButton.setObjectName(u"startButton")

        self.buttonRow.addWidget(self.startButton)

        self.alertButton = QPushButton(RunDrillDialog)
        self.alertButton.setObjectName(u"alertButton")

        self.buttonRow.addWidget(self.alertButton)

        self.endButton = QPushButton(RunDrillDialog)
        self.endButton.setObjectName(u"endButton")

        self.buttonRow.addWidget(self.endButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(RunDrillDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonRow)


        self.retranslateUi(RunDrillDialog)

        QMetaObject.connectSlotsByName(RunDrillDialog)
    # setupUi

    def retranslateUi(self, RunDrillDialog):
        RunDrillDialog.setWindowTitle(QCoreApplication.translate("RunDrillDialog", u"Run drill", None))
#if QT_CONFIG(accessibility)
        self.elapsedLabel.setAccessibleName(QCoreApplication.translate("RunDrillDialog", u"Elapsed since the alert", None))
#endif // QT_CONFIG(accessibility)
        self.targetLabel.setText(QCoreApplication.translate("RunDrillDialog", u"Target", None))
        self.firstAckLabel.setText(QCoreApplication.translate("RunDrillDialog", u"First acknowledgement", None))
        self.allAckLabel.setText(QCoreApplication.translate("RunDrillDialog", u"Everyone acknowledged", None))
        self.keyRolesAckLabel.setText(QCoreApplication.translate("RunDrillDialog", u"Key roles acknowledged", None))
        self.hintLabel.setText(QCoreApplication.translate("RunDrillDialog", u"Click a participant, press their number (1\u20139), or select a row and press Space to stamp the acknowledgement.", None))
#if QT_CONFIG(accessibility)
        self.participantsTable.setAccessibleName(QCoreApplication.translate("RunDrillDialog", u"Participants", None))
#endif // QT_CONFIG(accessibility)
        self.startButton.setText(QCoreApplication.translate("RunDrillDialog", u"&Start drill", None))
        self.alertButton.setText(QCoreApplication.translate("RunDrillDialog", u"Send &alert", None))
        self.endButton.setText(QCoreApplication.translate("RunDrillDialog", u"&End drill", None))
    # retranslateUi

