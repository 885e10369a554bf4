# Generated from forms/person_note_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_note_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout,
    QWidget)

class Ui_PersonNoteDialog(object):
    def setupUi(self, PersonNoteDialog):
        if not PersonNoteDialog.objectName():
            PersonNoteDialog.setObjectName(u"PersonNoteDialog")
        PersonNoteDialog.resize(520, 340)
        self.mainLayout = QVBoxLayout(PersonNoteDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(PersonNoteDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.originalView = QPlainTextEdit(PersonNoteDialog)
        self.originalView.setObjectName(u"originalView")
        self.originalView.setReadOnly(True)
        self.originalView.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.originalView)

        self.textLabel = QLabel(PersonNoteDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.mainLayout.addWidget(self.textLabel)

        self.textEdit = QPlainTextEdit(PersonNoteDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.textEdit)

        self.messageLabel = QLabel(PersonNoteDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PersonNoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textEdit, self.originalView)

        self.retranslateUi(PersonNoteDialog)
        self.buttonBox.rejected.connect(PersonNoteDialog.reject)

        QMetaObject.connectSlotsByName(PersonNoteDialog)
    # setupUi

    def retranslateUi(self, PersonNoteDialog):
        PersonNoteDialog.setWindowTitle(QCoreApplication.translate("PersonNoteDialog", u"Clinical note", None))
#if QT_CONFIG(accessibility)
        self.originalView.setAccessibleName(QCoreApplication.translate("PersonNoteDialog", u"Original text", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("PersonNoteDialog", u"&Text", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("PersonNoteDialog", u"Text", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

