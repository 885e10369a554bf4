# Generated from forms/incident_wizard.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_IncidentWizard(object):
    def setupUi(self, IncidentWizard):
        if not IncidentWizard.objectName():
            IncidentWizard.setObjectName(u"IncidentWizard")
        IncidentWizard.resize(640, 600)
        IncidentWizard.setModal(True)
        self.mainLayout = QVBoxLayout(IncidentWizard)
        self.mainLayout.setObjectName(u"mainLayout")
        self.stepLabel = QLabel(IncidentWizard)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setText(u"")
        self.stepLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.stepLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.stepLabel)

        self.pages = QStackedWidget(IncidentWizard)
        self.pages.setObjectName(u"pages")
        self.factsPage = QWidget()
        self.factsPage.setObjectName(u"factsPage")
        self.factsLayout = QGridLayout(self.factsPage)
        self.factsLayout.setObjectName(u"factsLayout")
        self.categoryLabel = QLabel(self.factsPage)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.factsLayout.addWidget(self.categoryLabel, 0, 0, 1, 1)

        self.categoryCombo = QComboBox(self.factsPage)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.factsLayout.addWidget(self.categoryCombo, 0, 1, 1, 1)

        self.titleLabel = QLabel(self.factsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.factsLayout.addWidget(self.titleLabel, 1, 0, 1, 1)

        self.titleEdit = QLineEdit(self.factsPage)
        self.titleEdit.setObjectName(u"titleEdit")

        self.factsLayout.addWidget(self.titleEdit, 1, 1, 1, 1)

        self.kindLabel = QLabel(self.factsPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.factsLayout.addWidget(self.kindLabel, 2, 0, 1, 1)

        self.kindCombo = QComboBox(self.factsPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.factsLayout.addWidget(self.kindCombo, 2, 1, 1, 1)

        self.reportedLabel = QLabel(self.factsPage)
        self.reportedLabel.setObjectName(u"reportedLabel")

        self.factsLayout.addWidget(self.reportedLabel, 3, 0, 1, 1)

        self.reportedEdit = QDateTimeEdit(self.factsPage)
        self.reportedEdit.setObjectName(u"reportedEdit")
        self.reportedEdit.setCalendarPopup(True)
        self.reportedEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.factsLayout.addWidget(self.reportedEdit, 3, 1, 1, 1)

        self.occurredLabel = QLabel(self.factsPage)
        self.occurredLabel.setObjectName(u"occurredLabel")

        self.factsLayout.addWidget(self.occurredLabel, 4, 0, 1, 1)

        self.occurredLayout = QHBoxLayout()
        self.occurredLayout.setObjectName(u"occurredLayout")
        self.occurredEdit = QDateTimeEdit(self.factsPage)
        self.occurredEdit.setObjectName(u"occurredEdit")
        self.occurredEdit.setCalendarPopup(True)
        self.occurredEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.occurredLayout.addWidget(self.occurredEdit)

        self.occurredUnknownCheck = QCheckBox(self.factsPage)
        self.occurredUnknownCheck.setObjectName(u"occurredUnknownCheck")

        self.occurredLayout.addWidget(self.occurredUnknownCheck)


        self.factsLayout.addLayout(self.occurredLayout, 4, 1, 1, 1)

        self.detectedLabel = QLabel(self.factsPage)
        self.detectedLabel.setObjectName(u"detectedLabel")

        self.factsLayout.addWidget(self.detectedLabel, 5, 0, 1, 1)

        self.detectedLayout = QHBoxLayout()
        self.detectedLayout.setObjectName(u"detectedLayout")
        self.detectedEdit = QDateTimeEdit(self.factsPage)
        self.detectedEdit.setObjectName(u"detectedEdit")
        self.detectedEdit.setCalendarPopup(True)
        self.detectedEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.detectedLayout.addWidget(self.detectedEdit)

        self.detectedUnknownCheck = QCheckBox(self.factsPage)
        self.detectedUnknownCheck.setObjectName(u"detectedUnknownCheck")

        self.detectedLayout.addWidget(self.detectedUnknownCheck)


        self.factsLayout.addLayout(self.detectedLayout, 5, 1, 1, 1)

        self.peopleLabel = QLabel(self.factsPage)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.factsLayout.addWidget(self.peopleLabel, 6, 0, 1, 1)

        self.peopleSpin = QSpinBox(self.factsPage)
        self.peopleSpin.setObjectName(u"peopleSpin")
        self.peopleSpin.setMinimum(-1)
        self.peopleSpin.setMaximum(10000000)
        self.peopleSpin.setValue(-1)

        self.factsLayout.addWidget(self.peopleSpin, 6, 1, 1, 1)

        self.departmentsLabel = QLabel(self.factsPage)
        self.departmentsLabel.setObjectName(u"departmentsLabel")

        self.factsLayout.addWidget(self.departmentsLabel, 7, 0, 1, 1)

        self.departmentsEdit = QLineEdit(self.factsPage)
        self.departmentsEdit.setObjectName(u"departmentsEdit")

        self.factsLayout.addWidget(self.departmentsEdit, 7, 1, 1, 1)

        self.factsMessageLabel = QLabel(self.factsPage)
        self.factsMessageLabel.setObjectName(u"factsMessageLabel")
        self.factsMessageLabel.setText(u"")
        self.factsMessageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.factsMessageLabel.setWordWrap(True)
        self.factsMessageLabel.setStyleSheet(u"color: #c62828;")

        self.factsLayout.addWidget(self.factsMessageLabel, 8, 0, 1, 2)

        self.pages.addWidget(self.factsPage)
        self.gradePage = QWidget()
        self.gradePage.setObjectName(u"gradePage")
        self.gradeLayout = QGridLayout(self.gradePage)
        self.gradeLayout.setObjectName(u"gradeLayout")
        self.leakTierLabel = QLabel(self.gradePage)
        self.leakTierLabel.setObjectName(u"leakTierLabel")

        self.gradeLayout.addWidget(self.leakTierLabel, 0, 0, 1, 1)

        self.leakTierCombo = QComboBox(self.gradePage)
        self.leakTierCombo.setObjectName(u"leakTierCombo")

        self.gradeLayout.addWidget(self.leakTierCombo, 0, 1, 1, 1)

        self.leakTierHelpLabel = QLabel(self.gradePage)
        self.leakTierHelpLabel.setObjectName(u"leakTierHelpLabel")
        self.leakTierHelpLabel.setText(u"")
        self.leakTierHelpLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.leakTierHelpLabel.setWordWrap(True)

        self.gradeLayout.addWidget(self.leakTierHelpLabel, 1, 1, 1, 1)

        self.leakDetailLayout = QHBoxLayout()
        self.leakDetailLayout.setObjectName(u"leakDetailLayout")
        self.sensitiveGroupCheck = QCheckBox(self.gradePage)
        self.sensitiveGroupCheck.setObjectName(u"sensitiveGroupCheck")

        self.leakDetailLayout.addWidget(self.sensitiveGroupCheck)

        self.externalAttackCheck = QCheckBox(self.gradePage)
        self.externalAttackCheck.setObjectName(u"externalAttackCheck")

        self.leakDetailLayout.addWidget(self.externalAttackCheck)


        self.gradeLayout.addLayout(self.leakDetailLayout, 2, 1, 1, 1)

        self.sensitivityLabel = QLabel(self.gradePage)
        self.sensitivityLabel.setObjectName(u"sensitivityLabel")

        self.gradeLayout.addWidget(self.sensitivityLabel, 3, 0, 1, 1)

        self.sensitivityCombo = QComboBox(self.gradePage)
        self.sensitivityCombo.setObjectName(u"sensitivityCombo")

        self.gradeLayout.addWidget(self.sensitivityCombo, 3, 1, 1, 1)

        self.urgencyLabel = QLabel(self.gradePage)
        self.urgencyLabel.setObjectName(u"urgencyLabel")

        self.gradeLayout.addWidget(self.urgencyLabel, 4, 0, 1, 1)

        self.urgencyCombo = QComboBox(self.gradePage)
        self.urgencyCombo.setObjectName(u"urgencyCombo")

        self.gradeLayout.addWidget(self.urgencyCombo, 4, 1, 1, 1)

        self.directLossLabel = QLabel(self.gradePage)
        self.directLossLabel.setObjectName(u"directLossLabel")

        self.gradeLayout.addWidget(self.directLossLabel, 5, 0, 1, 1)

        self.directLossEdit = QLineEdit(self.gradePage)
        self.directLossEdit.setObjectName(u"directLossEdit")

        self.gradeLayout.addWidget(self.directLossEdit, 5, 1, 1, 1)

        self.riskToLifeCheck = QCheckBox(self.gradePage)
        self.riskToLifeCheck.setObjectName(u"riskToLifeCheck")

        self.gradeLayout.addWidget(self.riskToLifeCheck, 6, 1, 1, 1)

        self.suggestionBox = QGroupBox(self.gradePage)
        self.suggestionBox.setObjectName(u"suggestionBox")
        self.suggestionLayout = QVBoxLayout(self.suggestionBox)
        self.suggestionLayout.setObjectName(u"suggestionLayout")
        self.suggestionLabel = QLabel(self.suggestionBox)
        self.suggestionLabel.setObjectName(u"suggestionLabel")
        self.suggestionLabel.setText(u"")
        self.suggestionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestionLabel.setWordWrap(False)

        self.suggestionLayout.addWidget(self.suggestionLabel)

        self.reasonsLabel = QLabel(self.suggestionBox)
        self.reasonsLabel.setObjectName(u"reasonsLabel")
        self.reasonsLabel.setText(u"")
        self.reasonsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.reasonsLabel.setWordWrap(True)

        self.suggestionLayout.addWidget(self.reasonsLabel)


        self.gradeLayout.addWidget(self.suggestionBox, 7, 0, 1, 2)

        self.gradeLabel = QLabel(self.gradePage)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.gradeLayout.addWidget(self.gradeLabel, 8, 0, 1, 1)

        self.gradeCombo = QComboBox(self.gradePage)
        self.gradeCombo.setObjectName(u"gradeCombo")

        self.gradeLayout.addWidget(self.gradeCombo, 8, 1, 1, 1)

        self.overrideReasonLabel = QLabel(self.gradePage)
        self.overrideReasonLabel.setObjectName(u"overrideReasonLabel")

        self.gradeLayout.addWidget(self.overrideReasonLabel, 9, 0, 1, 1)

        self.overrideReasonEdit = QLineEdit(self.gradePage)
        self.overrideReasonEdit.setObjectName(u"overrideReasonEdit")

        self.gradeLayout.addWidget(self.overrideReasonEdit, 9, 1, 1, 1)

        self.activateCheck = QCheckBox(self.gradePage)
        self.activateCheck.setObjectName(u"activateCheck")

        self.gradeLayout.addWidget(self.activateCheck, 10, 0, 1, 2)

        self.gradeMessageLabel = QLabel(self.gradePage)
        self.gradeMessageLabel.setObjectName(u"gradeMessageLabel")
        self.gradeMessageLabel.setText(u"")
        self.gradeMessageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.gradeMessageLabel.setWordWrap(True)
        self.gradeMessageLabel.setStyleSheet(u"color: #c62828;")

        self.gradeLayout.addWidget(self.gradeMessageLabel, 11, 0, 1, 2)

        self.pages.addWidget(self.gradePage)

        self.mainLayout.addWidget(self.pages)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.backButton = QPushButton(IncidentWizard)
        self.backButton.setObjectName(u"backButton")

        self.buttonLayout.addWidget(self.backButton)

        self.nextButton = QPushButton(IncidentWizard)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonLayout.addWidget(self.nextButton)

        self.createButton = QPushButton(IncidentWizard)
        self.createButton.setObjectName(u"createButton")

        self.buttonLayout.addWidget(self.createButton)

        self.cancelButton = QPushButton(IncidentWizard)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.reportedLabel.setBuddy(self.reportedEdit)
        self.occurredLabel.setBuddy(self.occurredEdit)
        self.detectedLabel.setBuddy(self.detectedEdit)
        self.peopleLabel.setBuddy(self.peopleSpin)
        self.departmentsLabel.setBuddy(self.departmentsEdit)
        self.leakTierLabel.setBuddy(self.leakTierCombo)
        self.sensitivityLabel.setBuddy(self.sensitivityCombo)
        self.urgencyLabel.setBuddy(self.urgencyCombo)
        self.directLossLabel.setBuddy(self.directLossEdit)
        self.gradeLabel.setBuddy(self.gradeCombo)
        self.overrideReasonLabel.setBuddy(self.overrideReasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.categoryCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.reportedEdit)
        QWidget.setTabOrder(self.reportedEdit, self.occurredEdit)
        QWidget.setTabOrder(self.occurredEdit, self.occurredUnknownCheck)
        QWidget.setTabOrder(self.occurredUnknownCheck, self.detectedEdit)
        QWidget.setTabOrder(self.detectedEdit, self.detectedUnknownCheck)
        QWidget.setTabOrder(self.detectedUnknownCheck, self.peopleSpin)
        QWidget.setTabOrder(self.peopleSpin, self.departmentsEdit)
        QWidget.setTabOrder(self.departmentsEdit, self.leakTierCombo)
        QWidget.setTabOrder(self.leakTierCombo, self.sensitiveGroupCheck)
        QWidget.setTabOrder(self.sensitiveGroupCheck, self.externalAttackCheck)
        QWidget.setTabOrder(self.externalAttackCheck, self.sensitivityCombo)
        QWidget.setTabOrder(self.sensitivityCombo, self.urgencyCombo)
        QWidget.setTabOrder(self.urgencyCombo, self.directLossEdit)
        QWidget.setTabOrder(self.directLossEdit, self.riskToLifeCheck)
        QWidget.setTabOrder(self.riskToLifeCheck, self.gradeCombo)
        QWidget.setTabOrder(self.gradeCombo, self.overrideReasonEdit)
        QWidget.setTabOrder(self.overrideReasonEdit, self.activateCheck)
        QWidget.setTabOrder(self.activateCheck, self.backButton)
        QWidget.setTabOrder(self.backButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.createButton)
        QWidget.setTabOrder(self.createButton, self.cancelButton)

        self.retranslateUi(IncidentWizard)

        QMetaObject.connectSlotsByName(IncidentWizard)
    # setupUi

    def retranslateUi(self, IncidentWizard):
        IncidentWizard.setWindowTitle(QCoreApplication.translate("IncidentWizard", u"New incident", None))
        self.categoryLabel.setText(QCoreApplication.translate("IncidentWizard", u"&Category", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("IncidentWizard", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("IncidentWizard", u"A short description, e.g. \u90e8\u9580\u7fa4\u7d44\u6d29\u9732\u8aee\u8a62\u8a18\u9304", None))
        self.kindLabel.setText(QCoreApplication.translate("IncidentWizard", u"K&ind", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Real incident, drill or test", None))
#endif // QT_CONFIG(accessibility)
        self.reportedLabel.setText(QCoreApplication.translate("IncidentWizard", u"&Reported at", None))
#if QT_CONFIG(accessibility)
        self.reportedEdit.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Reported at", None))
#endif // QT_CONFIG(accessibility)
        self.occurredLabel.setText(QCoreApplication.translate("IncidentWizard", u"&Occurred at", None))
#if QT_CONFIG(accessibility)
        self.occurredEdit.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
        self.occurredUnknownCheck.setText(QCoreApplication.translate("IncidentWizard", u"not known", None))
#if QT_CONFIG(accessibility)
        self.occurredUnknownCheck.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Occurred time not known", None))
#endif // QT_CONFIG(accessibility)
        self.detectedLabel.setText(QCoreApplication.translate("IncidentWizard", u"D&etected at", None))
#if QT_CONFIG(accessibility)
        self.detectedEdit.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Detected at", None))
#endif // QT_CONFIG(accessibility)
        self.detectedUnknownCheck.setText(QCoreApplication.translate("IncidentWizard", u"not known", None))
#if QT_CONFIG(accessibility)
        self.detectedUnknownCheck.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Detected time not known", None))
#endif // QT_CONFIG(accessibility)
        self.peopleLabel.setText(QCoreApplication.translate("IncidentWizard", u"&People involved or affected", None))
#if QT_CONFIG(accessibility)
        self.peopleSpin.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"People involved or affected", None))
#endif // QT_CONFIG(accessibility)
        self.departmentsLabel.setText(QCoreApplication.translate("IncidentWizard", u"&Departments", None))
#if QT_CONFIG(accessibility)
        self.departmentsEdit.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Departments", None))
#endif // QT_CONFIG(accessibility)
        self.departmentsEdit.setPlaceholderText(QCoreApplication.translate("IncidentWizard", u"Separated by commas, e.g. Finance, \u4eba\u529b\u8cc7\u6e90\u90e8", None))
        self.leakTierLabel.setText(QCoreApplication.translate("IncidentWizard", u"Lea&k tier", None))
#if QT_CONFIG(accessibility)
        self.leakTierCombo.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Privacy-leak tier", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveGroupCheck.setText(QCoreApplication.translate("IncidentWizard", u"About a sensitive group (executives, key posts)", None))
#if QT_CONFIG(accessibility)
        self.sensitiveGroupCheck.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"About a sensitive group (executives, key posts)", None))
#endif // QT_CONFIG(accessibility)
        self.externalAttackCheck.setText(QCoreApplication.translate("IncidentWizard", u"By an external attack", None))
#if QT_CONFIG(accessibility)
        self.externalAttackCheck.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"By an external attack", None))
#endif // QT_CONFIG(accessibility)
        self.sensitivityLabel.setText(QCoreApplication.translate("IncidentWizard", u"&Sensitivity", None))
#if QT_CONFIG(accessibility)
        self.sensitivityCombo.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Sensitivity", None))
#endif // QT_CONFIG(accessibility)
        self.urgencyLabel.setText(QCoreApplication.translate("IncidentWizard", u"&Urgency", None))
#if QT_CONFIG(accessibility)
        self.urgencyCombo.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Urgency", None))
#endif // QT_CONFIG(accessibility)
        self.directLossLabel.setText(QCoreApplication.translate("IncidentWizard", u"Direct &loss", None))
#if QT_CONFIG(accessibility)
        self.directLossEdit.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Direct loss", None))
#endif // QT_CONFIG(accessibility)
        self.directLossEdit.setPlaceholderText(QCoreApplication.translate("IncidentWizard", u"Not known yet; e.g. 12500 or 12,500.50", None))
        self.riskToLifeCheck.setText(QCoreApplication.translate("IncidentWizard", u"Imminent risk to life (self-harm, suicide or violence)", None))
#if QT_CONFIG(accessibility)
        self.riskToLifeCheck.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Imminent risk to life (self-harm, suicide or violence)", None))
#endif // QT_CONFIG(accessibility)
        self.suggestionBox.setTitle(QCoreApplication.translate("IncidentWizard", u"Suggested grade", None))
        self.gradeLabel.setText(QCoreApplication.translate("IncidentWizard", u"&Grade", None))
#if QT_CONFIG(accessibility)
        self.gradeCombo.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Grade", None))
#endif // QT_CONFIG(accessibility)
        self.overrideReasonLabel.setText(QCoreApplication.translate("IncidentWizard", u"Override reaso&n", None))
#if QT_CONFIG(accessibility)
        self.overrideReasonEdit.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Reason for choosing another grade", None))
#endif // QT_CONFIG(accessibility)
        self.overrideReasonEdit.setPlaceholderText(QCoreApplication.translate("IncidentWizard", u"Needed when the grade differs from the suggestion", None))
        self.activateCheck.setText(QCoreApplication.translate("IncidentWizard", u"&Verified through more than one channel: start the response now (copies the response plan)", None))
#if QT_CONFIG(accessibility)
        self.activateCheck.setAccessibleName(QCoreApplication.translate("IncidentWizard", u"Verified through more than one channel: start the response now", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("IncidentWizard", u"&Back", None))
        self.nextButton.setText(QCoreApplication.translate("IncidentWizard", u"Ne&xt", None))
        self.createButton.setText(QCoreApplication.translate("IncidentWizard", u"Cre&ate", None))
        self.cancelButton.setText(QCoreApplication.translate("IncidentWizard", u"Cancel", None))
    # retranslateUi

