# Generated from forms/recovery_key_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_key_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFrame, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RecoveryKeyDialog(object):
    def setupUi(self, RecoveryKeyDialog):
        if not RecoveryKeyDialog.objectName():
            RecoveryKeyDialog.setObjectName(u"RecoveryKeyDialog")
        RecoveryKeyDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(RecoveryKeyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(RecoveryKeyDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.keyLabel = QLabel(RecoveryKeyDialog)
        self.keyLabel.setObjectName(u"keyLabel")
        self.keyLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.keyLabel.setText(u"")
        self.keyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.keyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keyLabel.setWordWrap(True)
        self.keyLabel.setMargin(8)
        self.keyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.keyLabel)

        self.keyButtonsLayout = QHBoxLayout()
        self.keyButtonsLayout.setObjectName(u"keyButtonsLayout")
        self.copyButton = QPushButton(RecoveryKeyDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.keyButtonsLayout.addWidget(self.copyButton)

        self.printButton = QPushButton(RecoveryKeyDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.keyButtonsLayout.addWidget(self.printButton)

        self.keyButtonsSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keyButtonsLayout.addItem(self.keyButtonsSpacer)


        self.mainLayout.addLayout(self.keyButtonsLayout)

        self.confirmCheck = QCheckBox(RecoveryKeyDialog)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.mainLayout.addWidget(self.confirmCheck)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(RecoveryKeyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.keyLabel, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.confirmCheck)

        self.retranslateUi(RecoveryKeyDialog)
        self.buttonBox.accepted.connect(RecoveryKeyDialog.accept)

        QMetaObject.connectSlotsByName(RecoveryKeyDialog)
    # setupUi

    def retranslateUi(self, RecoveryKeyDialog):
        RecoveryKeyDialog.setWindowTitle(QCoreApplication.translate("RecoveryKeyDialog", u"Recovery key", None))
        self.explanationLabel.setText(QCoreApplication.translate("RecoveryKeyDialog", u"This recovery key is the only way to open this database if this computer's keyring is lost, for example after the computer is reinstalled or replaced. Write it down or print the recovery sheet, and store it offline in a safe place away from this computer. If both the keyring and this recovery key are lost, the data cannot be recovered by anyone.", None))
#if QT_CONFIG(accessibility)
        self.keyLabel.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Copy", None))
        self.printButton.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Print recovery sheet\u2026", None))
        self.confirmCheck.setText(QCoreApplication.translate("RecoveryKeyDialog", u"I have stored the recovery key in a safe place", None))
    # retranslateUi

