# Generated from forms/facts_editor.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'facts_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateTimeEdit, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_FactsEditor(object):
    def setupUi(self, FactsEditor):
        if not FactsEditor.objectName():
            FactsEditor.setObjectName(u"FactsEditor")
        FactsEditor.resize(900, 620)
        self.mainLayout = QVBoxLayout(FactsEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.factsForm = QFormLayout()
        self.factsForm.setObjectName(u"factsForm")
        self.factsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(FactsEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.factsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(1)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleEdit = QLineEdit(FactsEditor)
        self.titleEdit.setObjectName(u"titleEdit")

        self.titleLayout.addWidget(self.titleEdit)

        self.titleProblem = QLabel(FactsEditor)
        self.titleProblem.setObjectName(u"titleProblem")
        self.titleProblem.setText(u"")
        self.titleProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.titleProblem.setWordWrap(True)

        self.titleLayout.addWidget(self.titleProblem)


        self.factsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.titleLayout)

        self.placeLabel = QLabel(FactsEditor)
        self.placeLabel.setObjectName(u"placeLabel")

        self.factsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeLayout = QVBoxLayout()
        self.placeLayout.setSpacing(1)
        self.placeLayout.setObjectName(u"placeLayout")
        self.placeEdit = QLineEdit(FactsEditor)
        self.placeEdit.setObjectName(u"placeEdit")

        self.placeLayout.addWidget(self.placeEdit)

        self.placeProblem = QLabel(FactsEditor)
        self.placeProblem.setObjectName(u"placeProblem")
        self.placeProblem.setText(u"")
        self.placeProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.placeProblem.setWordWrap(True)

        self.placeLayout.addWidget(self.placeProblem)


        self.factsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.placeLayout)

        self.departmentsLabel = QLabel(FactsEditor)
        self.departmentsLabel.setObjectName(u"departmentsLabel")

        self.factsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentsLabel)

        self.departmentsLayout = QVBoxLayout()
        self.departmentsLayout.setSpacing(1)
        self.departmentsLayout.setObjectName(u"departmentsLayout")
        self.departmentsEdit = QLineEdit(FactsEditor)
        self.departmentsEdit.setObjectName(u"departmentsEdit")

        self.departmentsLayout.addWidget(self.departmentsEdit)

        self.departmentsProblem = QLabel(FactsEditor)
        self.departmentsProblem.setObjectName(u"departmentsProblem")
        self.departmentsProblem.setText(u"")
        self.departmentsProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.departmentsProblem.setWordWrap(True)

        self.departmentsLayout.addWidget(self.departmentsProblem)


        self.factsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.departmentsLayout)

        self.reportedLabel = QLabel(FactsEditor)
        self.reportedLabel.setObjectName(u"reportedLabel")

        self.factsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reportedLabel)

        self.reportedLayout = QVBoxLayout()
        self.reportedLayout.setSpacing(1)
        self.reportedLayout.setObjectName(u"reportedLayout")
        self.reportedEdit = QDateTimeEdit(FactsEditor)
        self.reportedEdit.setObjectName(u"reportedEdit")
        self.reportedEdit.setCalendarPopup(True)
        self.reportedEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.reportedLayout.addWidget(self.reportedEdit)

        self.reportedProblem = QLabel(FactsEditor)
        self.reportedProblem.setObjectName(u"reportedProblem")
        self.reportedProblem.setText(u"")
        self.reportedProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.reportedProblem.setWordWrap(True)

        self.reportedLayout.addWidget(self.reportedProblem)


        self.factsForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.reportedLayout)

        self.occurredLabel = QLabel(FactsEditor)
        self.occurredLabel.setObjectName(u"occurredLabel")

        self.factsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.occurredLabel)

        self.occurredLayout = QVBoxLayout()
        self.occurredLayout.setSpacing(1)
        self.occurredLayout.setObjectName(u"occurredLayout")
        self.occurredEdit = QDateTimeEdit(FactsEditor)
        self.occurredEdit.setObjectName(u"occurredEdit")
        self.occurredEdit.setCalendarPopup(True)
        self.occurredEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.occurredLayout.addWidget(self.occurredEdit)

        self.occurredProblem = QLabel(FactsEditor)
        self.occurredProblem.setObjectName(u"occurredProblem")
        self.occurredProblem.setText(u"")
        self.occurredProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.occurredProblem.setWordWrap(True)

        self.occurredLayout.addWidget(self.occurredProblem)


        self.factsForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.occurredLayout)

        self.detectedLabel = QLabel(FactsEditor)
        self.detectedLabel.setObjectName(u"detectedLabel")

        self.factsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.detectedLabel)

        self.detectedLayout = QVBoxLayout()
        self.detectedLayout.setSpacing(1)
        self.detectedLayout.setObjectName(u"detectedLayout")
        self.detectedEdit = QDateTimeEdit(FactsEditor)
        self.detectedEdit.setObjectName(u"detectedEdit")
        self.detectedEdit.setCalendarPopup(True)
        self.detectedEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.detectedLayout.addWidget(self.detectedEdit)

        self.detectedProblem = QLabel(FactsEditor)
        self.detectedProblem.setObjectName(u"detectedProblem")
        self.detectedProblem.setText(u"")
        self.detectedProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.detectedProblem.setWordWrap(True)

        self.detectedLayout.addWidget(self.detectedProblem)


        self.factsForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.detectedLayout)

        self.peopleLabel = QLabel(FactsEditor)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.factsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.peopleLabel)

        self.peopleLayout = QVBoxLayout()
        self.peopleLayout.setSpacing(1)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleEdit = QSpinBox(FactsEditor)
        self.peopleEdit.setObjectName(u"peopleEdit")
        self.peopleEdit.setMaximum(10000000)

        self.peopleLayout.addWidget(self.peopleEdit)

        self.peopleProblem = QLabel(FactsEditor)
        self.peopleProblem.setObjectName(u"peopleProblem")
        self.peopleProblem.setText(u"")
        self.peopleProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.peopleProblem.setWordWrap(True)

        self.peopleLayout.addWidget(self.peopleProblem)


        self.factsForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.peopleLayout)

        self.causeLabel = QLabel(FactsEditor)
        self.causeLabel.setObjectName(u"causeLabel")

        self.factsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.causeLabel)

        self.causeLayout = QVBoxLayout()
        self.causeLayout.setSpacing(1)
        self.causeLayout.setObjectName(u"causeLayout")
        self.causeEdit = QPlainTextEdit(FactsEditor)
        self.causeEdit.setObjectName(u"causeEdit")
        self.causeEdit.setTabChangesFocus(True)
        self.causeEdit.setMinimumSize(QSize(0, 70))

        self.causeLayout.addWidget(self.causeEdit)

        self.causeProblem = QLabel(FactsEditor)
        self.causeProblem.setObjectName(u"causeProblem")
        self.causeProblem.setText(u"")
        self.causeProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.causeProblem.setWordWrap(True)

        self.causeLayout.addWidget(self.causeProblem)


        self.factsForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.causeLayout)

        self.courseLabel = QLabel(FactsEditor)
        self.courseLabel.setObjectName(u"courseLabel")

        self.factsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.courseLabel)

        self.courseLayout = QVBoxLayout()
        self.courseLayout.setSpacing(1)
        self.courseLayout.setObjectName(u"courseLayout")
        self.courseEdit = QPlainTextEdit(FactsEditor)
        self.courseEdit.setObjectName(u"courseEdit")
        self.courseEdit.setTabChangesFocus(True)
        self.courseEdit.setMinimumSize(QSize(0, 70))

        self.courseLayout.addWidget(self.courseEdit)

        self.courseProblem = QLabel(FactsEditor)
        self.courseProblem.setObjectName(u"courseProblem")
        self.courseProblem.setText(u"")
        self.courseProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.courseProblem.setWordWrap(True)

        self.courseLayout.addWidget(self.courseProblem)


        self.factsForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.courseLayout)


        self.columnsLayout.addLayout(self.factsForm)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.impactGroup = QGroupBox(FactsEditor)
        self.impactGroup.setObjectName(u"impactGroup")
        self.impactForm = QFormLayout(self.impactGroup)
        self.impactForm.setObjectName(u"impactForm")
        self.impactForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.operationsLabel = QLabel(self.impactGroup)
        self.operationsLabel.setObjectName(u"operationsLabel")

        self.impactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.operationsLabel)

        self.operationsLayout = QVBoxLayout()
        self.operationsLayout.setSpacing(1)
        self.operationsLayout.setObjectName(u"operationsLayout")
        self.operationsEdit = QComboBox(self.impactGroup)
        self.operationsEdit.setObjectName(u"operationsEdit")

        self.operationsLayout.addWidget(self.operationsEdit)

        self.operationsProblem = QLabel(self.impactGroup)
        self.operationsProblem.setObjectName(u"operationsProblem")
        self.operationsProblem.setText(u"")
        self.operationsProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.operationsProblem.setWordWrap(True)

        self.operationsLayout.addWidget(self.operationsProblem)


        self.impactForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.operationsLayout)

        self.financeLabel = QLabel(self.impactGroup)
        self.financeLabel.setObjectName(u"financeLabel")

        self.impactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.financeLabel)

        self.financeLayout = QVBoxLayout()
        self.financeLayout.setSpacing(1)
        self.financeLayout.setObjectName(u"financeLayout")
        self.financeEdit = QComboBox(self.impactGroup)
        self.financeEdit.setObjectName(u"financeEdit")

        self.financeLayout.addWidget(self.financeEdit)

        self.financeProblem = QLabel(self.impactGroup)
        self.financeProblem.setObjectName(u"financeProblem")
        self.financeProblem.setText(u"")
        self.financeProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.financeProblem.setWordWrap(True)

        self.financeLayout.addWidget(self.financeProblem)


        self.impactForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.financeLayout)

        self.reputationLabel = QLabel(self.impactGroup)
        self.reputationLabel.setObjectName(u"reputationLabel")

        self.impactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reputationLabel)

        self.reputationLayout = QVBoxLayout()
        self.reputationLayout.setSpacing(1)
        self.reputationLayout.setObjectName(u"reputationLayout")
        self.reputationEdit = QComboBox(self.impactGroup)
        self.reputationEdit.setObjectName(u"reputationEdit")

        self.reputationLayout.addWidget(self.reputationEdit)

        self.reputationProblem = QLabel(self.impactGroup)
        self.reputationProblem.setObjectName(u"reputationProblem")
        self.reputationProblem.setText(u"")
        self.reputationProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.reputationProblem.setWordWrap(True)

        self.reputationLayout.addWidget(self.reputationProblem)


        self.impactForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.reputationLayout)

        self.wellbeingLabel = QLabel(self.impactGroup)
        self.wellbeingLabel.setObjectName(u"wellbeingLabel")

        self.impactForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.wellbeingLabel)

        self.wellbeingLayout = QVBoxLayout()
        self.wellbeingLayout.setSpacing(1)
        self.wellbeingLayout.setObjectName(u"wellbeingLayout")
        self.wellbeingEdit = QComboBox(self.impactGroup)
        self.wellbeingEdit.setObjectName(u"wellbeingEdit")

        self.wellbeingLayout.addWidget(self.wellbeingEdit)

        self.wellbeingProblem = QLabel(self.impactGroup)
        self.wellbeingProblem.setObjectName(u"wellbeingProblem")
        self.wellbeingProblem.setText(u"")
        self.wellbeingProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.wellbeingProblem.setWordWrap(True)

        self.wellbeingLayout.addWidget(self.wellbeingProblem)


        self.impactForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.wellbeingLayout)

        self.directLossLabel = QLabel(self.impactGroup)
        self.directLossLabel.setObjectName(u"directLossLabel")

        self.impactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.directLossLabel)

        self.directLossLayout = QVBoxLayout()
        self.directLossLayout.setSpacing(1)
        self.directLossLayout.setObjectName(u"directLossLayout")
        self.directLossEdit = QLineEdit(self.impactGroup)
        self.directLossEdit.setObjectName(u"directLossEdit")

        self.directLossLayout.addWidget(self.directLossEdit)

        self.directLossProblem = QLabel(self.impactGroup)
        self.directLossProblem.setObjectName(u"directLossProblem")
        self.directLossProblem.setText(u"")
        self.directLossProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.directLossProblem.setWordWrap(True)

        self.directLossLayout.addWidget(self.directLossProblem)


        self.impactForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.directLossLayout)

        self.indirectLossLabel = QLabel(self.impactGroup)
        self.indirectLossLabel.setObjectName(u"indirectLossLabel")

        self.impactForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.indirectLossLabel)

        self.indirectLossLayout = QVBoxLayout()
        self.indirectLossLayout.setSpacing(1)
        self.indirectLossLayout.setObjectName(u"indirectLossLayout")
        self.indirectLossEdit = QLineEdit(self.impactGroup)
        self.indirectLossEdit.setObjectName(u"indirectLossEdit")

        self.indirectLossLayout.addWidget(self.indirectLossEdit)

        self.indirectLossProblem = QLabel(self.impactGroup)
        self.indirectLossProblem.setObjectName(u"indirectLossProblem")
        self.indirectLossProblem.setText(u"")
        self.indirectLossProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.indirectLossProblem.setWordWrap(True)

        self.indirectLossLayout.addWidget(self.indirectLossProblem)


        self.impactForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.indirectLossLayout)


        self.rightLayout.addWidget(self.impactGroup)

        self.sourcesGroup = QGroupBox(FactsEditor)
        self.sourcesGroup.setObjectName(u"sourcesGroup")
        self.sourcesLayout = QVBoxLayout(self.sourcesGroup)
        self.sourcesLayout.setObjectName(u"sourcesLayout")
        self.sourcesList = QListWidget(self.sourcesGroup)
        self.sourcesList.setObjectName(u"sourcesList")
        self.sourcesList.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)

        self.sourcesLayout.addWidget(self.sourcesList)

        self.sourcesProblem = QLabel(self.sourcesGroup)
        self.sourcesProblem.setObjectName(u"sourcesProblem")
        self.sourcesProblem.setText(u"")
        self.sourcesProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.sourcesProblem.setWordWrap(True)

        self.sourcesLayout.addWidget(self.sourcesProblem)

        self.sourceButtonsLayout = QHBoxLayout()
        self.sourceButtonsLayout.setObjectName(u"sourceButtonsLayout")
        self.addSourceButton = QPushButton(self.sourcesGroup)
        self.addSourceButton.setObjectName(u"addSourceButton")

        self.sourceButtonsLayout.addWidget(self.addSourceButton)

        self.removeSourceButton = QPushButton(self.sourcesGroup)
        self.removeSourceButton.setObjectName(u"removeSourceButton")

        self.sourceButtonsLayout.addWidget(self.removeSourceButton)

        self.sourceSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sourceButtonsLayout.addItem(self.sourceSpacer)


        self.sourcesLayout.addLayout(self.sourceButtonsLayout)


        self.rightLayout.addWidget(self.sourcesGroup)


        self.columnsLayout.addLayout(self.rightLayout)

        self.columnsLayout.setStretch(0, 3)
        self.columnsLayout.setStretch(1, 2)

        self.mainLayout.addLayout(self.columnsLayout)

        self.messageLabel = QLabel(FactsEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(FactsEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.departmentsLabel.setBuddy(self.departmentsEdit)
        self.reportedLabel.setBuddy(self.reportedEdit)
        self.occurredLabel.setBuddy(self.occurredEdit)
        self.detectedLabel.setBuddy(self.detectedEdit)
        self.peopleLabel.setBuddy(self.peopleEdit)
        self.causeLabel.setBuddy(self.causeEdit)
        self.courseLabel.setBuddy(self.courseEdit)
        self.operationsLabel.setBuddy(self.operationsEdit)
        self.financeLabel.setBuddy(self.financeEdit)
        self.reputationLabel.setBuddy(self.reputationEdit)
        self.wellbeingLabel.setBuddy(self.wellbeingEdit)
        self.directLossLabel.setBuddy(self.directLossEdit)
        self.indirectLossLabel.setBuddy(self.indirectLossEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.departmentsEdit)
        QWidget.setTabOrder(self.departmentsEdit, self.reportedEdit)
        QWidget.setTabOrder(self.reportedEdit, self.occurredEdit)
        QWidget.setTabOrder(self.occurredEdit, self.detectedEdit)
        QWidget.setTabOrder(self.detectedEdit, self.peopleEdit)
        QWidget.setTabOrder(self.peopleEdit, self.causeEdit)
        QWidget.setTabOrder(self.causeEdit, self.courseEdit)
        QWidget.setTabOrder(self.courseEdit, self.operationsEdit)
        QWidget.setTabOrder(self.operationsEdit, self.financeEdit)
        QWidget.setTabOrder(self.financeEdit, self.reputationEdit)
        QWidget.setTabOrder(self.reputationEdit, self.wellbeingEdit)
        QWidget.setTabOrder(self.wellbeingEdit, self.directLossEdit)
        QWidget.setTabOrder(self.directLossEdit, self.indirectLossEdit)
        QWidget.setTabOrder(self.indirectLossEdit, self.sourcesList)
        QWidget.setTabOrder(self.sourcesList, self.addSourceButton)
        QWidget.setTabOrder(self.addSourceButton, self.removeSourceButton)

        self.retranslateUi(FactsEditor)
        self.buttonBox.rejected.connect(FactsEditor.reject)

        QMetaObject.connectSlotsByName(FactsEditor)
    # setupUi

    def retranslateUi(self, FactsEditor):
        FactsEditor.setWindowTitle(QCoreApplication.translate("FactsEditor", u"Edit the facts", None))
        self.titleLabel.setText(QCoreApplication.translate("FactsEditor", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("FactsEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("FactsEditor", u"A short title; do not name the person", None))
        self.placeLabel.setText(QCoreApplication.translate("FactsEditor", u"&Place", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("FactsEditor", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.departmentsLabel.setText(QCoreApplication.translate("FactsEditor", u"&Departments", None))
#if QT_CONFIG(accessibility)
        self.departmentsEdit.setAccessibleName(QCoreApplication.translate("FactsEditor", u"Departments", None))
#endif // QT_CONFIG(accessibility)
        self.departmentsEdit.setPlaceholderText(QCoreApplication.translate("FactsEditor", u"Separate with commas", None))
        self.reportedLabel.setText(QCoreApplication.translate("FactsEditor", u"&Reported", None))
#if QT_CONFIG(accessibility)
        self.reportedEdit.setAccessibleName(QCoreApplication.translate("FactsEditor", u"Reported at", None))
#endif // QT_CONFIG(accessibility)
        self.occurredLabel.setText(QCoreApplication.translate("FactsEditor", u"&Occurred", None))
#if QT_CONFIG(accessibility)
        self.occurredEdit.setAccessibleName(QCoreApplication.translate("FactsEditor", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
        self.occurredEdit.setSpecialValueText(QCoreApplication.translate("FactsEditor", u"not known", None))
        self.detectedLabel.setText(QCoreApplication.translate("FactsEditor", u"D&etected", None))
#if QT_CONFIG(accessibility)
        self.detectedEdit.setAccessibleName(QCoreApplication.translate("FactsEditor", u"Detected at", None))
#endif // QT_CONFIG(accessibility)
        self.detectedEdit.setSpecialValueText(QCoreApplication.translate("FactsEditor", u"not known", None))
        self.peopleLabel.setText(QCoreApplication.translate("FactsEditor", u"Peop&le involved", None))
#if QT_CONFIG(accessibility)
        self.peopleEdit.setAccessibleName(QCoreApplication.translate("FactsEditor", u"People involved", None))
#endif // QT_CONFIG(accessibility)
        self.causeLabel.setText(QCoreApplication.translate("FactsEditor", u"&Cause", None))
#if QT_CONFIG(accessibility)
        self.causeEdit.setAccessibleName(QCoreApplication.translate("FactsEditor", u"Cause", None))
#endif // QT_CONFIG(accessibility)
        self.courseLabel.setText(QCoreApplication.translate("FactsEditor", u"Course of e&vents", None))
#if QT_CONFIG(accessibility)
        self.courseEdit.setAccessibleName(QCoreApplication.translate("FactsEditor", u"Course of events", None))
#endif // QT_CONFIG(accessibility)
        self.impactGroup.setTitle(QCoreApplication.translate("FactsEditor", u"Potential impact", None))
        self.operationsLabel.setText(QCoreApplication.translate("FactsEditor", u"Operatio&ns", None))
#if QT_CONFIG(accessibility)
        self.operationsEdit.setAccessibleName(QCoreApplication.translate("FactsEditor", u"Impact on operations", None))
#endif // QT_CONFIG(accessibility)
        self.financeLabel.setText(QCoreApplication.translate("FactsEditor", u"&Finance", None))
#if QT_CONFIG(accessibility)
        self.financeEdit.setAccessibleName(QCoreApplication.translate("FactsEditor", u"Impact on finance", None))
#endif // QT_CONFIG(accessibility)
        self.reputationLabel.setText(QCoreApplication.translate("FactsEditor", u"Rep&utation", None))
#if QT_CONFIG(accessibility)
        self.reputationEdit.setAccessibleName(QCoreApplication.translate("FactsEditor", u"Impact on reputation", None))
#endif // QT_CONFIG(accessibility)
        self.wellbeingLabel.setText(QCoreApplication.translate("FactsEditor", u"People (&wellbeing)", None))
#if QT_CONFIG(accessibility)
        self.wellbeingEdit.setAccessibleName(QCoreApplication.translate("FactsEditor", u"Impact on people", None))
#endif // QT_CONFIG(accessibility)
        self.directLossLabel.setText(QCoreApplication.translate("FactsEditor", u"Direct lo&ss", None))
#if QT_CONFIG(accessibility)
        self.directLossEdit.setAccessibleName(QCoreApplication.translate("FactsEditor", u"Direct loss", None))
#endif // QT_CONFIG(accessibility)
        self.directLossEdit.setPlaceholderText(QCoreApplication.translate("FactsEditor", u"e.g. 12500.00; empty if not assessed", None))
        self.indirectLossLabel.setText(QCoreApplication.translate("FactsEditor", u"&Indirect loss", None))
#if QT_CONFIG(accessibility)
        self.indirectLossEdit.setAccessibleName(QCoreApplication.translate("FactsEditor", u"Indirect loss", None))
#endif // QT_CONFIG(accessibility)
        self.indirectLossEdit.setPlaceholderText(QCoreApplication.translate("FactsEditor", u"empty if not assessed", None))
        self.sourcesGroup.setTitle(QCoreApplication.translate("FactsEditor", u"Information sources (tick the verified ones)", None))
#if QT_CONFIG(accessibility)
        self.sourcesList.setAccessibleName(QCoreApplication.translate("FactsEditor", u"Information sources", None))
#endif // QT_CONFIG(accessibility)
        self.addSourceButton.setText(QCoreApplication.translate("FactsEditor", u"&Add source", None))
        self.removeSourceButton.setText(QCoreApplication.translate("FactsEditor", u"Re&move source", None))
    # retranslateUi

