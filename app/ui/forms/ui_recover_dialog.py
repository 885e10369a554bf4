# Generated from forms/recover_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recover_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_RecoverDialog(object):
    def setupUi(self, RecoverDialog):
        if not RecoverDialog.objectName():
            RecoverDialog.setObjectName(u"RecoverDialog")
        RecoverDialog.resize(480, 240)
        self.mainLayout = QVBoxLayout(RecoverDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(RecoverDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.recoveryKeyLabel = QLabel(RecoverDialog)
        self.recoveryKeyLabel.setObjectName(u"recoveryKeyLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recoveryKeyLabel)

        self.recoveryKeyEdit = QLineEdit(RecoverDialog)
        self.recoveryKeyEdit.setObjectName(u"recoveryKeyEdit")
        self.recoveryKeyEdit.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase|Qt.InputMethodHint.ImhNoPredictiveText|Qt.InputMethodHint.ImhSensitiveData)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recoveryKeyEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(RecoverDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(RecoverDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.recoveryKeyLabel.setBuddy(self.recoveryKeyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecoverDialog)
        self.buttonBox.accepted.connect(RecoverDialog.accept)
        self.buttonBox.rejected.connect(RecoverDialog.reject)

        QMetaObject.connectSlotsByName(RecoverDialog)
    # setupUi

    def retranslateUi(self, RecoverDialog):
        RecoverDialog.setWindowTitle(QCoreApplication.translate("RecoverDialog", u"Open with recovery key", None))
        self.explanationLabel.setText(QCoreApplication.translate("RecoverDialog", u"This computer's keyring holds no key for this database, for example because the computer was reinstalled or the database was copied from another computer. Enter the recovery key that was shown when the database was created or when its key was last changed.", None))
        self.recoveryKeyLabel.setText(QCoreApplication.translate("RecoverDialog", u"&Recovery key", None))
#if QT_CONFIG(accessibility)
        self.recoveryKeyEdit.setAccessibleName(QCoreApplication.translate("RecoverDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

