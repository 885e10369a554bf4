# Generated from forms/risk_editor.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RiskEditor(object):
    def setupUi(self, RiskEditor):
        if not RiskEditor.objectName():
            RiskEditor.setObjectName(u"RiskEditor")
        RiskEditor.resize(940, 700)
        self.mainLayout = QVBoxLayout(RiskEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(RiskEditor)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.identityGroup = QGroupBox(RiskEditor)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.codeLabel = QLabel(self.identityGroup)
        self.codeLabel.setObjectName(u"codeLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.identityGroup)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(20)

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.titleLabel = QLabel(self.identityGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.identityGroup)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.sourceLabel = QLabel(self.identityGroup)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(self.identityGroup)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.categoryLabel = QLabel(self.identityGroup)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.identityGroup)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)
        self.categoryCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.ownerKindLabel = QLabel(self.identityGroup)
        self.ownerKindLabel.setObjectName(u"ownerKindLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ownerKindLabel)

        self.ownerKindCombo = QComboBox(self.identityGroup)
        self.ownerKindCombo.setObjectName(u"ownerKindCombo")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ownerKindCombo)

        self.ownerRoleLabel = QLabel(self.identityGroup)
        self.ownerRoleLabel.setObjectName(u"ownerRoleLabel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ownerRoleLabel)

        self.ownerRoleCombo = QComboBox(self.identityGroup)
        self.ownerRoleCombo.setObjectName(u"ownerRoleCombo")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ownerRoleCombo)

        self.ownerAccountLabel = QLabel(self.identityGroup)
        self.ownerAccountLabel.setObjectName(u"ownerAccountLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ownerAccountLabel)

        self.ownerAccountCombo = QComboBox(self.identityGroup)
        self.ownerAccountCombo.setObjectName(u"ownerAccountCombo")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ownerAccountCombo)

        self.ownerTitleLabel = QLabel(self.identityGroup)
        self.ownerTitleLabel.setObjectName(u"ownerTitleLabel")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.ownerTitleLabel)

        self.ownerTitleEdit = QLineEdit(self.identityGroup)
        self.ownerTitleEdit.setObjectName(u"ownerTitleEdit")
        self.ownerTitleEdit.setMaxLength(100)

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.ownerTitleEdit)

        self.statusLabel = QLabel(self.identityGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.identityGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.nextReviewLabel = QLabel(self.identityGroup)
        self.nextReviewLabel.setObjectName(u"nextReviewLabel")

        self.identityForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.nextReviewLabel)

        self.nextReviewLayout = QHBoxLayout()
        self.nextReviewLayout.setObjectName(u"nextReviewLayout")
        self.nextReviewEdit = QDateEdit(self.identityGroup)
        self.nextReviewEdit.setObjectName(u"nextReviewEdit")
        self.nextReviewEdit.setCalendarPopup(True)
        self.nextReviewEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.nextReviewLayout.addWidget(self.nextReviewEdit)

        self.followCadenceButton = QPushButton(self.identityGroup)
        self.followCadenceButton.setObjectName(u"followCadenceButton")
        self.followCadenceButton.setAutoDefault(False)

        self.nextReviewLayout.addWidget(self.followCadenceButton)

        self.nextReviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nextReviewLayout.addItem(self.nextReviewSpacer)


        self.identityForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.nextReviewLayout)

        self.cadenceLabel = QLabel(self.identityGroup)
        self.cadenceLabel.setObjectName(u"cadenceLabel")
        self.cadenceLabel.setText(u"")
        self.cadenceLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.cadenceLabel.setWordWrap(True)

        self.identityForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.cadenceLabel)


        self.topLayout.addWidget(self.identityGroup)

        self.scoreLayout = QVBoxLayout()
        self.scoreLayout.setObjectName(u"scoreLayout")
        self.inherentGroup = QGroupBox(RiskEditor)
        self.inherentGroup.setObjectName(u"inherentGroup")
        self.inherentForm = QFormLayout(self.inherentGroup)
        self.inherentForm.setObjectName(u"inherentForm")
        self.inherentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.likelihoodLabel = QLabel(self.inherentGroup)
        self.likelihoodLabel.setObjectName(u"likelihoodLabel")

        self.inherentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.likelihoodLabel)

        self.likelihoodCombo = QComboBox(self.inherentGroup)
        self.likelihoodCombo.setObjectName(u"likelihoodCombo")

        self.inherentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.likelihoodCombo)

        self.impactLabel = QLabel(self.inherentGroup)
        self.impactLabel.setObjectName(u"impactLabel")

        self.inherentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.impactLabel)

        self.impactCombo = QComboBox(self.inherentGroup)
        self.impactCombo.setObjectName(u"impactCombo")

        self.inherentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.impactCombo)

        self.scoreCaption = QLabel(self.inherentGroup)
        self.scoreCaption.setObjectName(u"scoreCaption")

        self.inherentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scoreCaption)

        self.scoreLabel = QLabel(self.inherentGroup)
        self.scoreLabel.setObjectName(u"scoreLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.scoreLabel.sizePolicy().hasHeightForWidth())
        self.scoreLabel.setSizePolicy(sizePolicy)
        self.scoreLabel.setText(u"")
        self.scoreLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.inherentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scoreLabel)

        self.formulaLabel = QLabel(self.inherentGroup)
        self.formulaLabel.setObjectName(u"formulaLabel")
        self.formulaLabel.setText(u"")
        self.formulaLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.formulaLabel.setWordWrap(True)

        self.inherentForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.formulaLabel)


        self.scoreLayout.addWidget(self.inherentGroup)

        self.residualGroup = QGroupBox(RiskEditor)
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
        sizePolicy.setHeightForWidth(self.residualScoreLabel.sizePolicy().hasHeightForWidth())
        self.residualScoreLabel.setSizePolicy(sizePolicy)
        self.residualScoreLabel.setText(u"")
        self.residualScoreLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.residualForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.residualScoreLabel)

        self.residualFormulaLabel = QLabel(self.residualGroup)
        self.residualFormulaLabel.setObjectName(u"residualFormulaLabel")
        self.residualFormulaLabel.setText(u"")
        self.residualFormulaLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.residualFormulaLabel.setWordWrap(True)

        self.residualForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.residualFormulaLabel)


        self.scoreLayout.addWidget(self.residualGroup)

        self.scoreSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scoreLayout.addItem(self.scoreSpacer)


        self.topLayout.addLayout(self.scoreLayout)


        self.mainLayout.addLayout(self.topLayout)

        self.textLayout = QGridLayout()
        self.textLayout.setObjectName(u"textLayout")
        self.descriptionLabel = QLabel(RiskEditor)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.textLayout.addWidget(self.descriptionLabel, 0, 0, 1, 1)

        self.controlsLabel = QLabel(RiskEditor)
        self.controlsLabel.setObjectName(u"controlsLabel")

        self.textLayout.addWidget(self.controlsLabel, 0, 1, 1, 1)

        self.descriptionEdit = QPlainTextEdit(RiskEditor)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.textLayout.addWidget(self.descriptionEdit, 1, 0, 1, 1)

        self.controlsEdit = QPlainTextEdit(RiskEditor)
        self.controlsEdit.setObjectName(u"controlsEdit")
        self.controlsEdit.setTabChangesFocus(True)

        self.textLayout.addWidget(self.controlsEdit, 1, 1, 1, 1)

        self.treatmentLabel = QLabel(RiskEditor)
        self.treatmentLabel.setObjectName(u"treatmentLabel")

        self.textLayout.addWidget(self.treatmentLabel, 2, 0, 1, 1)

        self.actionsLabel = QLabel(RiskEditor)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.textLayout.addWidget(self.actionsLabel, 2, 1, 1, 1)

        self.treatmentEdit = QPlainTextEdit(RiskEditor)
        self.treatmentEdit.setObjectName(u"treatmentEdit")
        self.treatmentEdit.setTabChangesFocus(True)

        self.textLayout.addWidget(self.treatmentEdit, 3, 0, 1, 1)

        self.actionsEdit = QPlainTextEdit(RiskEditor)
        self.actionsEdit.setObjectName(u"actionsEdit")
        self.actionsEdit.setTabChangesFocus(True)

        self.textLayout.addWidget(self.actionsEdit, 3, 1, 1, 1)


        self.mainLayout.addLayout(self.textLayout)

        self.warningLabel = QLabel(RiskEditor)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.messageLabel = QLabel(RiskEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(RiskEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.ownerKindLabel.setBuddy(self.ownerKindCombo)
        self.ownerRoleLabel.setBuddy(self.ownerRoleCombo)
        self.ownerAccountLabel.setBuddy(self.ownerAccountCombo)
        self.ownerTitleLabel.setBuddy(self.ownerTitleEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.nextReviewLabel.setBuddy(self.nextReviewEdit)
        self.likelihoodLabel.setBuddy(self.likelihoodCombo)
        self.impactLabel.setBuddy(self.impactCombo)
        self.residualLikelihoodLabel.setBuddy(self.residualLikelihoodCombo)
        self.residualImpactLabel.setBuddy(self.residualImpactCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.controlsLabel.setBuddy(self.controlsEdit)
        self.treatmentLabel.setBuddy(self.treatmentEdit)
        self.actionsLabel.setBuddy(self.actionsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.ownerKindCombo)
        QWidget.setTabOrder(self.ownerKindCombo, self.ownerRoleCombo)
        QWidget.setTabOrder(self.ownerRoleCombo, self.ownerAccountCombo)
        QWidget.setTabOrder(self.ownerAccountCombo, self.ownerTitleEdit)
        QWidget.setTabOrder(self.ownerTitleEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.nextReviewEdit)
        QWidget.setTabOrder(self.nextReviewEdit, self.followCadenceButton)
        QWidget.setTabOrder(self.followCadenceButton, self.likelihoodCombo)
        QWidget.setTabOrder(self.likelihoodCombo, self.impactCombo)
        QWidget.setTabOrder(self.impactCombo, self.residualGroup)
        QWidget.setTabOrder(self.residualGroup, self.residualLikelihoodCombo)
        QWidget.setTabOrder(self.residualLikelihoodCombo, self.residualImpactCombo)
        QWidget.setTabOrder(self.residualImpactCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.controlsEdit)
        QWidget.setTabOrder(self.controlsEdit, self.treatmentEdit)
        QWidget.setTabOrder(self.treatmentEdit, self.actionsEdit)

        self.retranslateUi(RiskEditor)
        self.buttonBox.rejected.connect(RiskEditor.reject)

        QMetaObject.connectSlotsByName(RiskEditor)
    # setupUi

    def retranslateUi(self, RiskEditor):
        RiskEditor.setWindowTitle(QCoreApplication.translate("RiskEditor", u"Risk", None))
        self.identityGroup.setTitle(QCoreApplication.translate("RiskEditor", u"Risk", None))
        self.codeLabel.setText(QCoreApplication.translate("RiskEditor", u"Co&de", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Risk code", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleDescription(QCoreApplication.translate("RiskEditor", u"Leave empty to use the next free code such as R-001.", None))
#endif // QT_CONFIG(accessibility)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("RiskEditor", u"Empty: next free code (R-001)", None))
        self.titleLabel.setText(QCoreApplication.translate("RiskEditor", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.sourceLabel.setText(QCoreApplication.translate("RiskEditor", u"&Source", None))
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Source", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("RiskEditor", u"Cate&gory", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Category", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleDescription(QCoreApplication.translate("RiskEditor", u"Choose a category already used in the register or type a new one.", None))
#endif // QT_CONFIG(accessibility)
        self.ownerKindLabel.setText(QCoreApplication.translate("RiskEditor", u"O&wner", None))
#if QT_CONFIG(accessibility)
        self.ownerKindCombo.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Kind of owner", None))
#endif // QT_CONFIG(accessibility)
        self.ownerRoleLabel.setText(QCoreApplication.translate("RiskEditor", u"Crisis &role", None))
#if QT_CONFIG(accessibility)
        self.ownerRoleCombo.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Owning crisis role", None))
#endif // QT_CONFIG(accessibility)
        self.ownerAccountLabel.setText(QCoreApplication.translate("RiskEditor", u"Accou&nt", None))
#if QT_CONFIG(accessibility)
        self.ownerAccountCombo.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Owning account", None))
#endif // QT_CONFIG(accessibility)
        self.ownerTitleLabel.setText(QCoreApplication.translate("RiskEditor", u"Position tit&le", None))
#if QT_CONFIG(accessibility)
        self.ownerTitleEdit.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Owning position title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ownerTitleEdit.setAccessibleDescription(QCoreApplication.translate("RiskEditor", u"A position such as Facilities manager, never a person's name.", None))
#endif // QT_CONFIG(accessibility)
        self.ownerTitleEdit.setPlaceholderText(QCoreApplication.translate("RiskEditor", u"A position, e.g. Facilities manager", None))
        self.statusLabel.setText(QCoreApplication.translate("RiskEditor", u"Stat&us", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.nextReviewLabel.setText(QCoreApplication.translate("RiskEditor", u"Next re&view", None))
#if QT_CONFIG(accessibility)
        self.nextReviewEdit.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Next review date", None))
#endif // QT_CONFIG(accessibility)
        self.followCadenceButton.setText(QCoreApplication.translate("RiskEditor", u"&From cadence", None))
        self.inherentGroup.setTitle(QCoreApplication.translate("RiskEditor", u"Inherent score (before controls)", None))
        self.likelihoodLabel.setText(QCoreApplication.translate("RiskEditor", u"L&ikelihood", None))
#if QT_CONFIG(accessibility)
        self.likelihoodCombo.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Likelihood", None))
#endif // QT_CONFIG(accessibility)
        self.impactLabel.setText(QCoreApplication.translate("RiskEditor", u"I&mpact", None))
#if QT_CONFIG(accessibility)
        self.impactCombo.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Impact", None))
#endif // QT_CONFIG(accessibility)
        self.scoreCaption.setText(QCoreApplication.translate("RiskEditor", u"Score", None))
        self.residualGroup.setTitle(QCoreApplication.translate("RiskEditor", u"Residual score (after controls)", None))
        self.residualLikelihoodLabel.setText(QCoreApplication.translate("RiskEditor", u"Residual li&kelihood", None))
#if QT_CONFIG(accessibility)
        self.residualLikelihoodCombo.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Residual likelihood", None))
#endif // QT_CONFIG(accessibility)
        self.residualImpactLabel.setText(QCoreApplication.translate("RiskEditor", u"Residual impa&ct", None))
#if QT_CONFIG(accessibility)
        self.residualImpactCombo.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Residual impact", None))
#endif // QT_CONFIG(accessibility)
        self.residualScoreCaption.setText(QCoreApplication.translate("RiskEditor", u"Score", None))
        self.descriptionLabel.setText(QCoreApplication.translate("RiskEditor", u"D&escription", None))
        self.controlsLabel.setText(QCoreApplication.translate("RiskEditor", u"E&xisting controls", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Description", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.controlsEdit.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Existing controls", None))
#endif // QT_CONFIG(accessibility)
        self.treatmentLabel.setText(QCoreApplication.translate("RiskEditor", u"Treatment &plan", None))
        self.actionsLabel.setText(QCoreApplication.translate("RiskEditor", u"&Actions", None))
#if QT_CONFIG(accessibility)
        self.treatmentEdit.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Treatment plan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionsEdit.setAccessibleName(QCoreApplication.translate("RiskEditor", u"Actions", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

