# Generated from forms/grade_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'grade_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_GradeDialog(object):
    def setupUi(self, GradeDialog):
        if not GradeDialog.objectName():
            GradeDialog.setObjectName(u"GradeDialog")
        GradeDialog.resize(560, 480)
        self.mainLayout = QVBoxLayout(GradeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(GradeDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.answersForm = QFormLayout()
        self.answersForm.setObjectName(u"answersForm")
        self.answersForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.peopleLabel = QLabel(GradeDialog)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.answersForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.peopleLabel)

        self.peopleSpin = QSpinBox(GradeDialog)
        self.peopleSpin.setObjectName(u"peopleSpin")
        self.peopleSpin.setMinimum(-1)
        self.peopleSpin.setMaximum(10000000)
        self.peopleSpin.setValue(-1)

        self.answersForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.peopleSpin)

        self.leakTierLabel = QLabel(GradeDialog)
        self.leakTierLabel.setObjectName(u"leakTierLabel")

        self.answersForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.leakTierLabel)

        self.leakTierCombo = QComboBox(GradeDialog)
        self.leakTierCombo.setObjectName(u"leakTierCombo")

        self.answersForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leakTierCombo)

        self.sensitivityLabel = QLabel(GradeDialog)
        self.sensitivityLabel.setObjectName(u"sensitivityLabel")

        self.answersForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sensitivityLabel)

        self.sensitivityCombo = QComboBox(GradeDialog)
        self.sensitivityCombo.setObjectName(u"sensitivityCombo")

        self.answersForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sensitivityCombo)

        self.urgencyLabel = QLabel(GradeDialog)
        self.urgencyLabel.setObjectName(u"urgencyLabel")

        self.answersForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.urgencyLabel)

        self.urgencyCombo = QComboBox(GradeDialog)
        self.urgencyCombo.setObjectName(u"urgencyCombo")

        self.answersForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.urgencyCombo)

        self.directLossLabel = QLabel(GradeDialog)
        self.directLossLabel.setObjectName(u"directLossLabel")

        self.answersForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.directLossLabel)

        self.directLossEdit = QLineEdit(GradeDialog)
        self.directLossEdit.setObjectName(u"directLossEdit")

        self.answersForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.directLossEdit)

        self.riskToLifeCheck = QCheckBox(GradeDialog)
        self.riskToLifeCheck.setObjectName(u"riskToLifeCheck")

        self.answersForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.riskToLifeCheck)

        self.sensitiveGroupCheck = QCheckBox(GradeDialog)
        self.sensitiveGroupCheck.setObjectName(u"sensitiveGroupCheck")

        self.answersForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sensitiveGroupCheck)

        self.externalAttackCheck = QCheckBox(GradeDialog)
        self.externalAttackCheck.setObjectName(u"externalAttackCheck")

        self.answersForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.externalAttackCheck)


        self.mainLayout.addLayout(self.answersForm)

        self.leakTierHelpLabel = QLabel(GradeDialog)
        self.leakTierHelpLabel.setObjectName(u"leakTierHelpLabel")
        self.leakTierHelpLabel.setText(u"")
        self.leakTierHelpLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.leakTierHelpLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.leakTierHelpLabel)

        self.suggestionLabel = QLabel(GradeDialog)
        self.suggestionLabel.setObjectName(u"suggestionLabel")
        self.suggestionLabel.setText(u"")
        self.suggestionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.suggestionLabel)

        self.reasonsLabel = QLabel(GradeDialog)
        self.reasonsLabel.setObjectName(u"reasonsLabel")
        self.reasonsLabel.setText(u"")
        self.reasonsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.reasonsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.reasonsLabel)

        self.decisionForm = QFormLayout()
        self.decisionForm.setObjectName(u"decisionForm")
        self.decisionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.gradeLabel = QLabel(GradeDialog)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gradeLabel)

        self.gradeCombo = QComboBox(GradeDialog)
        self.gradeCombo.setObjectName(u"gradeCombo")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.gradeCombo)

        self.reasonLabel = QLabel(GradeDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(GradeDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.decisionForm)

        self.messageLabel = QLabel(GradeDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(GradeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.peopleLabel.setBuddy(self.peopleSpin)
        self.leakTierLabel.setBuddy(self.leakTierCombo)
        self.sensitivityLabel.setBuddy(self.sensitivityCombo)
        self.urgencyLabel.setBuddy(self.urgencyCombo)
        self.directLossLabel.setBuddy(self.directLossEdit)
        self.gradeLabel.setBuddy(self.gradeCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.peopleSpin, self.leakTierCombo)
        QWidget.setTabOrder(self.leakTierCombo, self.sensitivityCombo)
        QWidget.setTabOrder(self.sensitivityCombo, self.urgencyCombo)
        QWidget.setTabOrder(self.urgencyCombo, self.directLossEdit)
        QWidget.setTabOrder(self.directLossEdit, self.riskToLifeCheck)
        QWidget.setTabOrder(self.riskToLifeCheck, self.sensitiveGroupCheck)
        QWidget.setTabOrder(self.sensitiveGroupCheck, self.externalAttackCheck)
        QWidget.setTabOrder(self.externalAttackCheck, self.gradeCombo)
        QWidget.setTabOrder(self.gradeCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.buttonBox)

        self.retranslateUi(GradeDialog)
        self.buttonBox.rejected.connect(GradeDialog.reject)

        QMetaObject.connectSlotsByName(GradeDialog)
    # setupUi

    def retranslateUi(self, GradeDialog):
        GradeDialog.setWindowTitle(QCoreApplication.translate("GradeDialog", u"Change grade", None))
        self.peopleLabel.setText(QCoreApplication.translate("GradeDialog", u"&People affected", None))
#if QT_CONFIG(accessibility)
        self.peopleSpin.setAccessibleName(QCoreApplication.translate("GradeDialog", u"People affected", None))
#endif // QT_CONFIG(accessibility)
        self.leakTierLabel.setText(QCoreApplication.translate("GradeDialog", u"Leak &tier", None))
#if QT_CONFIG(accessibility)
        self.leakTierCombo.setAccessibleName(QCoreApplication.translate("GradeDialog", u"Leak tier", None))
#endif // QT_CONFIG(accessibility)
        self.sensitivityLabel.setText(QCoreApplication.translate("GradeDialog", u"&Sensitivity", None))
#if QT_CONFIG(accessibility)
        self.sensitivityCombo.setAccessibleName(QCoreApplication.translate("GradeDialog", u"Sensitivity", None))
#endif // QT_CONFIG(accessibility)
        self.urgencyLabel.setText(QCoreApplication.translate("GradeDialog", u"&Urgency", None))
#if QT_CONFIG(accessibility)
        self.urgencyCombo.setAccessibleName(QCoreApplication.translate("GradeDialog", u"Urgency", None))
#endif // QT_CONFIG(accessibility)
        self.directLossLabel.setText(QCoreApplication.translate("GradeDialog", u"Direct &loss", None))
#if QT_CONFIG(accessibility)
        self.directLossEdit.setAccessibleName(QCoreApplication.translate("GradeDialog", u"Direct loss", None))
#endif // QT_CONFIG(accessibility)
        self.directLossEdit.setPlaceholderText(QCoreApplication.translate("GradeDialog", u"not estimated yet, e.g. 12000.50", None))
        self.riskToLifeCheck.setText(QCoreApplication.translate("GradeDialog", u"Imminent ris&k to life (self-harm, suicide or violence)", None))
        self.sensitiveGroupCheck.setText(QCoreApplication.translate("GradeDialog", u"About a sensiti&ve group (executives, key posts)", None))
        self.externalAttackCheck.setText(QCoreApplication.translate("GradeDialog", u"By an e&xternal attack", None))
        self.gradeLabel.setText(QCoreApplication.translate("GradeDialog", u"&Grade", None))
#if QT_CONFIG(accessibility)
        self.gradeCombo.setAccessibleName(QCoreApplication.translate("GradeDialog", u"Grade", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("GradeDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("GradeDialog", u"Reason for a grade other than the suggestion", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

