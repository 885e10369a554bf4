# Generated from forms/owner_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'owner_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QVBoxLayout)

class Ui_OwnerDialog(object):
    def setupUi(self, OwnerDialog):
        if not OwnerDialog.objectName():
            OwnerDialog.setObjectName(u"OwnerDialog")
        OwnerDialog.resize(420, 150)
        self.mainLayout = QVBoxLayout(OwnerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(OwnerDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.ownerLabel = QLabel(OwnerDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(OwnerDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ownerCombo)


        self.mainLayout.addLayout(self.form)

        self.messageLabel = QLabel(OwnerDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(OwnerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.ownerLabel.setBuddy(self.ownerCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OwnerDialog)
        self.buttonBox.rejected.connect(OwnerDialog.reject)

        QMetaObject.connectSlotsByName(OwnerDialog)
    # setupUi

    def retranslateUi(self, OwnerDialog):
        OwnerDialog.setWindowTitle(QCoreApplication.translate("OwnerDialog", u"Change owner", None))
        self.ownerLabel.setText(QCoreApplication.translate("OwnerDialog", u"&Owner", None))
#if QT_CONFIG(accessibility)
        self.ownerCombo.setAccessibleName(QCoreApplication.translate("OwnerDialog", u"New owner", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

