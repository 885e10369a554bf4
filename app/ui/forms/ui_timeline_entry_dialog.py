# Generated from forms/timeline_entry_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'timeline_entry_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFrame, QHBoxLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TimelineEntryDialog(object):
    def setupUi(self, TimelineEntryDialog):
        if not TimelineEntryDialog.objectName():
            TimelineEntryDialog.setObjectName(u"TimelineEntryDialog")
        TimelineEntryDialog.resize(520, 340)
        self.mainLayout = QVBoxLayout(TimelineEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(TimelineEntryDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.originalLabel = QLabel(TimelineEntryDialog)
        self.originalLabel.setObjectName(u"originalLabel")
        self.originalLabel.setText(u"")
        self.originalLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.originalLabel.setWordWrap(True)
        self.originalLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.originalLabel.setMargin(6)
        self.originalLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.originalLabel)

        self.textLabel = QLabel(TimelineEntryDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.mainLayout.addWidget(self.textLabel)

        self.textEdit = QPlainTextEdit(TimelineEntryDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.textEdit)

        self.departmentLayout = QHBoxLayout()
        self.departmentLayout.setObjectName(u"departmentLayout")
        self.departmentLabel = QLabel(TimelineEntryDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.departmentLayout.addWidget(self.departmentLabel)

        self.departmentCombo = QComboBox(TimelineEntryDialog)
        self.departmentCombo.setObjectName(u"departmentCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.departmentCombo.sizePolicy().hasHeightForWidth())
        self.departmentCombo.setSizePolicy(sizePolicy)
        self.departmentCombo.setEditable(True)
        self.departmentCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.departmentLayout.addWidget(self.departmentCombo)


        self.mainLayout.addLayout(self.departmentLayout)

        self.messageLabel = QLabel(TimelineEntryDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(TimelineEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
        self.departmentLabel.setBuddy(self.departmentCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textEdit, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.buttonBox)

        self.retranslateUi(TimelineEntryDialog)
        self.buttonBox.rejected.connect(TimelineEntryDialog.reject)

        QMetaObject.connectSlotsByName(TimelineEntryDialog)
    # setupUi

    def retranslateUi(self, TimelineEntryDialog):
        TimelineEntryDialog.setWindowTitle(QCoreApplication.translate("TimelineEntryDialog", u"Timeline entry", None))
        self.textLabel.setText(QCoreApplication.translate("TimelineEntryDialog", u"&Text", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("TimelineEntryDialog", u"Entry text", None))
#endif // QT_CONFIG(accessibility)
        self.departmentLabel.setText(QCoreApplication.translate("TimelineEntryDialog", u"&Department", None))
#if QT_CONFIG(accessibility)
        self.departmentCombo.setAccessibleName(QCoreApplication.translate("TimelineEntryDialog", u"Responsible department", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

