# Generated from forms/oncall_override_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'oncall_override_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialogButtonBox, QFormLayout,
    QLabel, QPlainTextEdit, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_OnCallOverrideDialog(object):
    def setupUi(self, OnCallOverrideDialog):
        if not OnCallOverrideDialog.objectName():
            OnCallOverrideDialog.setObjectName(u"OnCallOverrideDialog")
        OnCallOverrideDialog.resize(520, 420)
        self.mainLayout = QVBoxLayout(OnCallOverrideDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topForm = QFormLayout()
        self.topForm.setObjectName(u"topForm")
        self.topForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(OnCallOverrideDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.topForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(OnCallOverrideDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.topForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.roleLabel = QLabel(OnCallOverrideDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.topForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(OnCallOverrideDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.topForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)


        self.mainLayout.addLayout(self.topForm)

        self.pages = QStackedWidget(OnCallOverrideDialog)
        self.pages.setObjectName(u"pages")
        self.overridePage = QWidget()
        self.overridePage.setObjectName(u"overridePage")
        self.overrideForm = QFormLayout(self.overridePage)
        self.overrideForm.setObjectName(u"overrideForm")
        self.overrideForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.memberLabel = QLabel(self.overridePage)
        self.memberLabel.setObjectName(u"memberLabel")

        self.overrideForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(self.overridePage)
        self.memberCombo.setObjectName(u"memberCombo")

        self.overrideForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.startLabel = QLabel(self.overridePage)
        self.startLabel.setObjectName(u"startLabel")

        self.overrideForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateTimeEdit(self.overridePage)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)
        self.startEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.overrideForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(self.overridePage)
        self.endLabel.setObjectName(u"endLabel")

        self.overrideForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QDateTimeEdit(self.overridePage)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)
        self.endEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.overrideForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.pages.addWidget(self.overridePage)
        self.swapPage = QWidget()
        self.swapPage.setObjectName(u"swapPage")
        self.swapForm = QFormLayout(self.swapPage)
        self.swapForm.setObjectName(u"swapForm")
        self.swapForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.firstLabel = QLabel(self.swapPage)
        self.firstLabel.setObjectName(u"firstLabel")

        self.swapForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstLabel)

        self.firstCombo = QComboBox(self.swapPage)
        self.firstCombo.setObjectName(u"firstCombo")

        self.swapForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstCombo)

        self.secondLabel = QLabel(self.swapPage)
        self.secondLabel.setObjectName(u"secondLabel")

        self.swapForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.secondLabel)

        self.secondCombo = QComboBox(self.swapPage)
        self.secondCombo.setObjectName(u"secondCombo")

        self.swapForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.secondCombo)

        self.pages.addWidget(self.swapPage)

        self.mainLayout.addWidget(self.pages)

        self.reasonLabel = QLabel(OnCallOverrideDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.mainLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(OnCallOverrideDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.reasonEdit)

        self.messageLabel = QLabel(OnCallOverrideDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(OnCallOverrideDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.memberLabel.setBuddy(self.memberCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.firstLabel.setBuddy(self.firstCombo)
        self.secondLabel.setBuddy(self.secondCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OnCallOverrideDialog)
        self.buttonBox.rejected.connect(OnCallOverrideDialog.reject)

        QMetaObject.connectSlotsByName(OnCallOverrideDialog)
    # setupUi

    def retranslateUi(self, OnCallOverrideDialog):
        OnCallOverrideDialog.setWindowTitle(QCoreApplication.translate("OnCallOverrideDialog", u"Override or swap", None))
        self.kindLabel.setText(QCoreApplication.translate("OnCallOverrideDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("OnCallOverrideDialog", u"Override or swap", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("OnCallOverrideDialog", u"R&ole", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("OnCallOverrideDialog", u"Crisis role", None))
#endif // QT_CONFIG(accessibility)
        self.memberLabel.setText(QCoreApplication.translate("OnCallOverrideDialog", u"&Stands in", None))
#if QT_CONFIG(accessibility)
        self.memberCombo.setAccessibleName(QCoreApplication.translate("OnCallOverrideDialog", u"Member standing in", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("OnCallOverrideDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("OnCallOverrideDialog", u"Override start (local time)", None))
#endif // QT_CONFIG(accessibility)
        self.endLabel.setText(QCoreApplication.translate("OnCallOverrideDialog", u"&Until", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("OnCallOverrideDialog", u"Override end (local time)", None))
#endif // QT_CONFIG(accessibility)
        self.firstLabel.setText(QCoreApplication.translate("OnCallOverrideDialog", u"F&irst shift", None))
#if QT_CONFIG(accessibility)
        self.firstCombo.setAccessibleName(QCoreApplication.translate("OnCallOverrideDialog", u"First scheduled shift", None))
#endif // QT_CONFIG(accessibility)
        self.secondLabel.setText(QCoreApplication.translate("OnCallOverrideDialog", u"S&econd shift", None))
#if QT_CONFIG(accessibility)
        self.secondCombo.setAccessibleName(QCoreApplication.translate("OnCallOverrideDialog", u"Second scheduled shift", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("OnCallOverrideDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("OnCallOverrideDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

