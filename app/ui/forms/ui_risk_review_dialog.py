# Generated from forms/risk_review_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_review_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RiskReviewDialog(object):
    def setupUi(self, RiskReviewDialog):
        if not RiskReviewDialog.objectName():
            RiskReviewDialog.setObjectName(u"RiskReviewDialog")
        RiskReviewDialog.resize(620, 640)
        self.mainLayout = QVBoxLayout(RiskReviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.riskLabel = QLabel(RiskReviewDialog)
        self.riskLabel.setObjectName(u"riskLabel")
        self.riskLabel.setText(u"")
        self.riskLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.riskLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.riskLabel)

        self.previousGroup = QGroupBox(RiskReviewDialog)
        self.previousGroup.setObjectName(u"previousGroup")
        self.previousLayout = QVBoxLayout(self.previousGroup)
        self.previousLayout.setObjectName(u"previousLayout")
        self.previousLabel = QLabel(self.previousGroup)
        self.previousLabel.setObjectName(u"previousLabel")
        self.previousLabel.setText(u"")
        self.previousLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.previousLabel.setWordWrap(True)
        self.previousLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previousLayout.addWidget(self.previousLabel)


        self.mainLayout.addWidget(self.previousGroup)

        self.reviewGroup = QGroupBox(RiskReviewDialog)
        self.reviewGroup.setObjectName(u"reviewGroup")
        self.reviewForm = QFormLayout(self.reviewGroup)
        self.reviewForm.setObjectName(u"reviewForm")
        self.reviewForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reviewedOnLabel = QLabel(self.reviewGroup)
        self.reviewedOnLabel.setObjectName(u"reviewedOnLabel")

        self.reviewForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reviewedOnLabel)

        self.reviewedOnEdit = QDateEdit(self.reviewGroup)
        self.reviewedOnEdit.setObjectName(u"reviewedOnEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reviewedOnEdit.sizePolicy().hasHeightForWidth())
        self.reviewedOnEdit.setSizePolicy(sizePolicy)
        self.reviewedOnEdit.setCalendarPopup(True)
        self.reviewedOnEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.reviewForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reviewedOnEdit)

        self.currentCaption = QLabel(self.reviewGroup)
        self.currentCaption.setObjectName(u"currentCaption")

        self.reviewForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.currentCaption)

        self.currentLabel = QLabel(self.reviewGroup)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setText(u"")
        self.currentLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.currentLabel.setWordWrap(True)

        self.reviewForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.currentLabel)

        self.likelihoodLabel = QLabel(self.reviewGroup)
        self.likelihoodLabel.setObjectName(u"likelihoodLabel")

        self.reviewForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.likelihoodLabel)

        self.likelihoodCombo = QComboBox(self.reviewGroup)
        self.likelihoodCombo.setObjectName(u"likelihoodCombo")

        self.reviewForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.likelihoodCombo)

        self.impactLabel = QLabel(self.reviewGroup)
        self.impactLabel.setObjectName(u"impactLabel")

        self.reviewForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.impactLabel)

        self.impactCombo = QComboBox(self.reviewGroup)
        self.impactCombo.setObjectName(u"impactCombo")

        self.reviewForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.impactCombo)

        self.scoreCaption = QLabel(self.reviewGroup)
        self.scoreCaption.setObjectName(u"scoreCaption")

        self.reviewForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scoreCaption)

        self.scoreLabel = QLabel(self.reviewGroup)
        self.scoreLabel.setObjectName(u"scoreLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.scoreLabel.sizePolicy().hasHeightForWidth())
        self.scoreLabel.setSizePolicy(sizePolicy1)
        self.scoreLabel.setText(u"")
        self.scoreLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.scoreLabel.setWordWrap(True)

        self.reviewForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scoreLabel)

        self.residualGroup = QGroupBox(self.reviewGroup)
        self.residualGroup.setObjectName(u"residualGroup")
        self.residualGroup.setCheckable(True)
        self.residualGroup.setChecked(False)
        self.residualForm = QFormLayout(self.residualGroup)
        self.residualForm.setObjectName(u"residualForm")
        self.residualForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.residualLikelihoodLabel = QLabel(self.residualGroup)
        self.residualLikelihoodLabel.setObjectName(u"residualLikelihoodLabel")

        self.residualForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.residualLikelihoodLabel)

        self.residualLikelihoodCombo = QComboBox(self.residualGroup)
        self.residualLikelihoodCombo.setObjectName(u"residualLikelihoodCombo")

        self.residualForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.residualLikelihoodCombo)

        self.residualImpactLabel = QLabel(self.residualGroup)
        self.residualImpactLabel.setObjectName(u"residualImpactLabel")

        self.residualForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.residualImpactLabel)

        self.residualImpactCombo = QComboBox(self.residualGroup)
        self.residualImpactCombo.setObjectName(u"residualImpactCombo")

        self.residualForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.residualImpactCombo)

        self.residualScoreCaption = QLabel(self.residualGroup)
        self.residualScoreCaption.setObjectName(u"residualScoreCaption")

        self.residualForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.residualScoreCaption)

        self.residualScoreLabel = QLabel(self.residualGroup)
        self.residualScoreLabel.setObjectName(u"residualScoreLabel")
        sizePolicy1.setHeightForWidth(self.residualScoreLabel.sizePolicy().hasHeightForWidth())
        self.residualScoreLabel.setSizePolicy(sizePolicy1)
        self.residualScoreLabel.setText(u"")
        self.residualScoreLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.residualScoreLabel.setWordWrap(True)

        self.residualForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.residualScoreLabel)


        self.reviewForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.residualGroup)

        self.statusLabel = QLabel(self.reviewGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.reviewForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.reviewGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.reviewForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.commentLabel = QLabel(self.reviewGroup)
        self.commentLabel.setObjectName(u"commentLabel")

        self.reviewForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.commentEdit = QPlainTextEdit(self.reviewGroup)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setTabChangesFocus(True)

        self.reviewForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.commentEdit)

        self.nextReviewLabel = QLabel(self.reviewGroup)
        self.nextReviewLabel.setObjectName(u"nextReviewLabel")

        self.reviewForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.nextReviewLabel)

        self.nextReviewLayout = QHBoxLayout()
        self.nextReviewLayout.setObjectName(u"nextReviewLayout")
        self.nextReviewEdit = QDateEdit(self.reviewGroup)
        self.nextReviewEdit.setObjectName(u"nextReviewEdit")
        self.nextReviewEdit.setCalendarPopup(True)
        self.nextReviewEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.nextReviewLayout.addWidget(self.nextReviewEdit)

        self.followCadenceButton = QPushButton(self.reviewGroup)
        self.followCadenceButton.setObjectName(u"followCadenceButton")
        self.followCadenceButton.setAutoDefault(False)

        self.nextReviewLayout.addWidget(self.followCadenceButton)

        self.nextReviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nextReviewLayout.addItem(self.nextReviewSpacer)


        self.reviewForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.nextReviewLayout)

        self.cadenceLabel = QLabel(self.reviewGroup)
        self.cadenceLabel.setObjectName(u"cadenceLabel")
        self.cadenceLabel.setText(u"")
        self.cadenceLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.cadenceLabel.setWordWrap(True)

        self.reviewForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.cadenceLabel)


        self.mainLayout.addWidget(self.reviewGroup)

        self.messageLabel = QLabel(RiskReviewDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(RiskReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reviewedOnLabel.setBuddy(self.reviewedOnEdit)
        self.likelihoodLabel.setBuddy(self.likelihoodCombo)
        self.impactLabel.setBuddy(self.impactCombo)
        self.residualLikelihoodLabel.setBuddy(self.residualLikelihoodCombo)
        self.residualImpactLabel.setBuddy(self.residualImpactCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.commentLabel.setBuddy(self.commentEdit)
        self.nextReviewLabel.setBuddy(self.nextReviewEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reviewedOnEdit, self.likelihoodCombo)
        QWidget.setTabOrder(self.likelihoodCombo, self.impactCombo)
        QWidget.setTabOrder(self.impactCombo, self.residualGroup)
        QWidget.setTabOrder(self.residualGroup, self.residualLikelihoodCombo)
        QWidget.setTabOrder(self.residualLikelihoodCombo, self.residualImpactCombo)
        QWidget.setTabOrder(self.residualImpactCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.commentEdit)
        QWidget.setTabOrder(self.commentEdit, self.nextReviewEdit)
        QWidget.setTabOrder(self.nextReviewEdit, self.followCadenceButton)

        self.retranslateUi(RiskReviewDialog)
        self.buttonBox.rejected.connect(RiskReviewDialog.reject)

        QMetaObject.connectSlotsByName(RiskReviewDialog)
    # setupUi

    def retranslateUi(self, RiskReviewDialog):
        RiskReviewDialog.setWindowTitle(QCoreApplication.translate("RiskReviewDialog", u"Review risk", None))
        self.previousGroup.setTitle(QCoreApplication.translate("RiskReviewDialog", u"Previous review", None))
        self.reviewGroup.setTitle(QCoreApplication.translate("RiskReviewDialog", u"This review", None))
        self.reviewedOnLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"Review &date", None))
#if QT_CONFIG(accessibility)
        self.reviewedOnEdit.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"Review date", None))
#endif // QT_CONFIG(accessibility)
        self.currentCaption.setText(QCoreApplication.translate("RiskReviewDialog", u"Current score", None))
        self.likelihoodLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"L&ikelihood", None))
#if QT_CONFIG(accessibility)
        self.likelihoodCombo.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"New likelihood", None))
#endif // QT_CONFIG(accessibility)
        self.impactLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"I&mpact", None))
#if QT_CONFIG(accessibility)
        self.impactCombo.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"New impact", None))
#endif // QT_CONFIG(accessibility)
        self.scoreCaption.setText(QCoreApplication.translate("RiskReviewDialog", u"New score", None))
        self.residualGroup.setTitle(QCoreApplication.translate("RiskReviewDialog", u"Residual score (after controls)", None))
        self.residualLikelihoodLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"Residual li&kelihood", None))
#if QT_CONFIG(accessibility)
        self.residualLikelihoodCombo.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"New residual likelihood", None))
#endif // QT_CONFIG(accessibility)
        self.residualImpactLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"Residual imp&act", None))
#if QT_CONFIG(accessibility)
        self.residualImpactCombo.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"New residual impact", None))
#endif // QT_CONFIG(accessibility)
        self.residualScoreCaption.setText(QCoreApplication.translate("RiskReviewDialog", u"Score", None))
        self.statusLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"Stat&us", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"Status after the review", None))
#endif // QT_CONFIG(accessibility)
        self.commentLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"C&omment", None))
#if QT_CONFIG(accessibility)
        self.commentEdit.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"Review comment", None))
#endif // QT_CONFIG(accessibility)
        self.nextReviewLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"Next re&view", None))
#if QT_CONFIG(accessibility)
        self.nextReviewEdit.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"Next review date", None))
#endif // QT_CONFIG(accessibility)
        self.followCadenceButton.setText(QCoreApplication.translate("RiskReviewDialog", u"&From cadence", None))
    # retranslateUi

