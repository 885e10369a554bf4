# Generated from forms/plan_step_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_step_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_PlanStepDialog(object):
    def setupUi(self, PlanStepDialog):
        if not PlanStepDialog.objectName():
            PlanStepDialog.setObjectName(u"PlanStepDialog")
        PlanStepDialog.resize(560, 260)
        self.mainLayout = QVBoxLayout(PlanStepDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleEnLabel = QLabel(PlanStepDialog)
        self.titleEnLabel.setObjectName(u"titleEnLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleEnLabel)

        self.titleEnEdit = QLineEdit(PlanStepDialog)
        self.titleEnEdit.setObjectName(u"titleEnEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEnEdit)

        self.titleEnError = QLabel(PlanStepDialog)
        self.titleEnError.setObjectName(u"titleEnError")
        self.titleEnError.setText(u"")
        self.titleEnError.setTextFormat(Qt.TextFormat.PlainText)
        self.titleEnError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEnError)

        self.titleZhLabel = QLabel(PlanStepDialog)
        self.titleZhLabel.setObjectName(u"titleZhLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleZhLabel)

        self.titleZhEdit = QLineEdit(PlanStepDialog)
        self.titleZhEdit.setObjectName(u"titleZhEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleZhEdit)

        self.titleZhError = QLabel(PlanStepDialog)
        self.titleZhError.setObjectName(u"titleZhError")
        self.titleZhError.setText(u"")
        self.titleZhError.setTextFormat(Qt.TextFormat.PlainText)
        self.titleZhError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleZhError)

        self.roleLabel = QLabel(PlanStepDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(PlanStepDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.hoursLabel = QLabel(PlanStepDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.offsetLayout = QHBoxLayout()
        self.offsetLayout.setObjectName(u"offsetLayout")
        self.hoursSpin = QSpinBox(PlanStepDialog)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setMaximum(8784)

        self.offsetLayout.addWidget(self.hoursSpin)

        self.minutesLabel = QLabel(PlanStepDialog)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.offsetLayout.addWidget(self.minutesLabel)

        self.minutesSpin = QSpinBox(PlanStepDialog)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMaximum(59)

        self.offsetLayout.addWidget(self.minutesSpin)

        self.offsetSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.offsetLayout.addItem(self.offsetSpacer)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.offsetLayout)

        self.offsetError = QLabel(PlanStepDialog)
        self.offsetError.setObjectName(u"offsetError")
        self.offsetError.setText(u"")
        self.offsetError.setTextFormat(Qt.TextFormat.PlainText)
        self.offsetError.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.offsetError)


        self.mainLayout.addLayout(self.form)

        self.messageLabel = QLabel(PlanStepDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PlanStepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEnLabel.setBuddy(self.titleEnEdit)
        self.titleZhLabel.setBuddy(self.titleZhEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.minutesLabel.setBuddy(self.minutesSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEnEdit, self.titleZhEdit)
        QWidget.setTabOrder(self.titleZhEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.hoursSpin)
        QWidget.setTabOrder(self.hoursSpin, self.minutesSpin)
        QWidget.setTabOrder(self.minutesSpin, self.buttonBox)

        self.retranslateUi(PlanStepDialog)
        self.buttonBox.rejected.connect(PlanStepDialog.reject)

        QMetaObject.connectSlotsByName(PlanStepDialog)
    # setupUi

    def retranslateUi(self, PlanStepDialog):
        PlanStepDialog.setWindowTitle(QCoreApplication.translate("PlanStepDialog", u"Plan step", None))
        self.titleEnLabel.setText(QCoreApplication.translate("PlanStepDialog", u"&English title", None))
#if QT_CONFIG(accessibility)
        self.titleEnEdit.setAccessibleName(QCoreApplication.translate("PlanStepDialog", u"English title", None))
#endif // QT_CONFIG(accessibility)
        self.titleEnEdit.setPlaceholderText(QCoreApplication.translate("PlanStepDialog", u"What has to be done", None))
        self.titleZhLabel.setText(QCoreApplication.translate("PlanStepDialog", u"&Chinese title", None))
#if QT_CONFIG(accessibility)
        self.titleZhEdit.setAccessibleName(QCoreApplication.translate("PlanStepDialog", u"Chinese title", None))
#endif // QT_CONFIG(accessibility)
        self.titleZhEdit.setPlaceholderText(QCoreApplication.translate("PlanStepDialog", u"The same step in Chinese", None))
        self.roleLabel.setText(QCoreApplication.translate("PlanStepDialog", u"&Responsible", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("PlanStepDialog", u"Responsible role", None))
#endif // QT_CONFIG(accessibility)
        self.hoursLabel.setText(QCoreApplication.translate("PlanStepDialog", u"Due after &hours", None))
#if QT_CONFIG(accessibility)
        self.hoursSpin.setAccessibleName(QCoreApplication.translate("PlanStepDialog", u"Hours after activation", None))
#endif // QT_CONFIG(accessibility)
        self.hoursSpin.setSuffix(QCoreApplication.translate("PlanStepDialog", u" h", None))
        self.minutesLabel.setText(QCoreApplication.translate("PlanStepDialog", u"and &minutes", None))
#if QT_CONFIG(accessibility)
        self.minutesSpin.setAccessibleName(QCoreApplication.translate("PlanStepDialog", u"Minutes after activation", None))
#endif // QT_CONFIG(accessibility)
        self.minutesSpin.setSuffix(QCoreApplication.translate("PlanStepDialog", u" min", None))
    # retranslateUi

