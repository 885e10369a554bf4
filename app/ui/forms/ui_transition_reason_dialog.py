# Generated from forms/transition_reason_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transition_reason_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_TransitionReasonDialog(object):
    def setupUi(self, TransitionReasonDialog):
        if not TransitionReasonDialog.objectName():
            TransitionReasonDialog.setObjectName(u"TransitionReasonDialog")
        TransitionReasonDialog.resize(460, 260)
        self.mainLayout = QVBoxLayout(TransitionReasonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(TransitionReasonDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.reasonLabel = QLabel(TransitionReasonDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.mainLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(TransitionReasonDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.reasonEdit)

        self.messageLabel = QLabel(TransitionReasonDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(TransitionReasonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TransitionReasonDialog)
        self.buttonBox.rejected.connect(TransitionReasonDialog.reject)

        QMetaObject.connectSlotsByName(TransitionReasonDialog)
    # setupUi

    def retranslateUi(self, TransitionReasonDialog):
        TransitionReasonDialog.setWindowTitle(QCoreApplication.translate("TransitionReasonDialog", u"Reason for the move", None))
        self.reasonLabel.setText(QCoreApplication.translate("TransitionReasonDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("TransitionReasonDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

