# Generated from forms/settings_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(500, 460)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.securityTab = QWidget()
        self.securityTab.setObjectName(u"securityTab")
        self.securityLayout = QVBoxLayout(self.securityTab)
        self.securityLayout.setObjectName(u"securityLayout")
        self.securityForm = QFormLayout()
        self.securityForm.setObjectName(u"securityForm")
        self.securityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.idleLockLabel = QLabel(self.securityTab)
        self.idleLockLabel.setObjectName(u"idleLockLabel")

        self.securityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLockLabel)

        self.idleLockSpin = QSpinBox(self.securityTab)
        self.idleLockSpin.setObjectName(u"idleLockSpin")
        self.idleLockSpin.setMinimum(1)
        self.idleLockSpin.setMaximum(120)
        self.idleLockSpin.setValue(5)

        self.securityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleLockSpin)

        self.entryLockLabel = QLabel(self.securityTab)
        self.entryLockLabel.setObjectName(u"entryLockLabel")

        self.securityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.entryLockLabel)

        self.entryLockSpin = QSpinBox(self.securityTab)
        self.entryLockSpin.setObjectName(u"entryLockSpin")
        self.entryLockSpin.setMinimum(1)
        self.entryLockSpin.setMaximum(336)
        self.entryLockSpin.setValue(24)

        self.securityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.entryLockSpin)


        self.securityLayout.addLayout(self.securityForm)

        self.securitySpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.securityLayout.addItem(self.securitySpacer)

        self.tabs.addTab(self.securityTab, "")
        self.targetsTab = QWidget()
        self.targetsTab.setObjectName(u"targetsTab")
        self.targetsLayout = QVBoxLayout(self.targetsTab)
        self.targetsLayout.setObjectName(u"targetsLayout")
        self.targetsHintLabel = QLabel(self.targetsTab)
        self.targetsHintLabel.setObjectName(u"targetsHintLabel")
        self.targetsHintLabel.setWordWrap(True)

        self.targetsLayout.addWidget(self.targetsHintLabel)

        self.targetsForm = QFormLayout()
        self.targetsForm.setObjectName(u"targetsForm")
        self.targetsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.ackILabel = QLabel(self.targetsTab)
        self.ackILabel.setObjectName(u"ackILabel")

        self.targetsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ackILabel)

        self.ackISpin = QSpinBox(self.targetsTab)
        self.ackISpin.setObjectName(u"ackISpin")
        self.ackISpin.setMinimum(1)
        self.ackISpin.setMaximum(43200)

        self.targetsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ackISpin)

        self.startILabel = QLabel(self.targetsTab)
        self.startILabel.setObjectName(u"startILabel")

        self.targetsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startILabel)

        self.startISpin = QSpinBox(self.targetsTab)
        self.startISpin.setObjectName(u"startISpin")
        self.startISpin.setMinimum(1)
        self.startISpin.setMaximum(43200)

        self.targetsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startISpin)

        self.ackIILabel = QLabel(self.targetsTab)
        self.ackIILabel.setObjectName(u"ackIILabel")

        self.targetsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ackIILabel)

        self.ackIISpin = QSpinBox(self.targetsTab)
        self.ackIISpin.setObjectName(u"ackIISpin")
        self.ackIISpin.setMinimum(1)
        self.ackIISpin.setMaximum(43200)

        self.targetsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ackIISpin)

        self.startIILabel = QLabel(self.targetsTab)
        self.startIILabel.setObjectName(u"startIILabel")

        self.targetsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startIILabel)

        self.startIISpin = QSpinBox(self.targetsTab)
        self.startIISpin.setObjectName(u"startIISpin")
        self.startIISpin.setMinimum(1)
        self.startIISpin.setMaximum(43200)

        self.targetsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startIISpin)

        self.ackIIILabel = QLabel(self.targetsTab)
        self.ackIIILabel.setObjectName(u"ackIIILabel")

        self.targetsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ackIIILabel)

        self.ackIIISpin = QSpinBox(self.targetsTab)
        self.ackIIISpin.setObjectName(u"ackIIISpin")
        self.ackIIISpin.setMinimum(1)
        self.ackIIISpin.setMaximum(43200)

        self.targetsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ackIIISpin)

        self.startIIILabel = QLabel(self.targetsTab)
        self.startIIILabel.setObjectName(u"startIIILabel")

        self.targetsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startIIILabel)

        self.startIIISpin = QSpinBox(self.targetsTab)
        self.startIIISpin.setObjectName(u"startIIISpin")
        self.startIIISpin.setMinimum(1)
        self.startIIISpin.setMaximum(43200)

        self.targetsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.startIIISpin)

        self.ackIVLabel = QLabel(self.targetsTab)
        self.ackIVLabel.setObjectName(u"ackIVLabel")

        self.targetsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ackIVLabel)

        self.ackIVSpin = QSpinBox(self.targetsTab)
        self.ackIVSpin.setObjectName(u"ackIVSpin")
        self.ackIVSpin.setMinimum(1)
        self.ackIVSpin.setMaximum(43200)

        self.targetsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ackIVSpin)

        self.startIVLabel = QLabel(self.targetsTab)
        self.startIVLabel.setObjectName(u"startIVLabel")

        self.targetsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.startIVLabel)

        self.startIVSpin = QSpinBox(self.targetsTab)
        self.startIVSpin.setObjectName(u"startIVSpin")
        self.startIVSpin.setMinimum(1)
        self.startIVSpin.setMaximum(43200)

        self.targetsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.startIVSpin)


        self.targetsLayout.addLayout(self.targetsForm)

        self.targetsButtons = QHBoxLayout()
        self.targetsButtons.setObjectName(u"targetsButtons")
        self.targetsButtonsSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.targetsButtons.addItem(self.targetsButtonsSpacer)

        self.targetsDefaultsButton = QPushButton(self.targetsTab)
        self.targetsDefaultsButton.setObjectName(u"targetsDefaultsButton")
        self.targetsDefaultsButton.setAutoDefault(False)

        self.targetsButtons.addWidget(self.targetsDefaultsButton)


        self.targetsLayout.addLayout(self.targetsButtons)

        self.targetsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.targetsLayout.addItem(self.targetsSpacer)

        self.tabs.addTab(self.targetsTab, "")
        self.riskTab = QWidget()
        self.riskTab.setObjectName(u"riskTab")
        self.riskLayout = QVBoxLayout(self.riskTab)
        self.riskLayout.setObjectName(u"riskLayout")
        self.riskHintLabel = QLabel(self.riskTab)
        self.riskHintLabel.setObjectName(u"riskHintLabel")
        self.riskHintLabel.setWordWrap(True)

        self.riskLayout.addWidget(self.riskHintLabel)

        self.riskForm = QFormLayout()
        self.riskForm.setObjectName(u"riskForm")
        self.riskForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.lowMaxLabel = QLabel(self.riskTab)
        self.lowMaxLabel.setObjectName(u"lowMaxLabel")

        self.riskForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lowMaxLabel)

        self.lowMaxSpin = QSpinBox(self.riskTab)
        self.lowMaxSpin.setObjectName(u"lowMaxSpin")
        self.lowMaxSpin.setMinimum(1)
        self.lowMaxSpin.setMaximum(23)

        self.riskForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lowMaxSpin)

        self.mediumMaxLabel = QLabel(self.riskTab)
        self.mediumMaxLabel.setObjectName(u"mediumMaxLabel")

        self.riskForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mediumMaxLabel)

        self.mediumMaxSpin = QSpinBox(self.riskTab)
        self.mediumMaxSpin.setObjectName(u"mediumMaxSpin")
        self.mediumMaxSpin.setMinimum(2)
        self.mediumMaxSpin.setMaximum(24)

        self.riskForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mediumMaxSpin)

        self.highRangeLabel = QLabel(self.riskTab)
        self.highRangeLabel.setObjectName(u"highRangeLabel")

        self.riskForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.highRangeLabel)

        self.highRangeValue = QLabel(self.riskTab)
        self.highRangeValue.setObjectName(u"highRangeValue")
        self.highRangeValue.setText(u"")

        self.riskForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.highRangeValue)

        self.bandsPreviewLabel = QLabel(self.riskTab)
        self.bandsPreviewLabel.setObjectName(u"bandsPreviewLabel")
        self.bandsPreviewLabel.setText(u"")
        self.bandsPreviewLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.bandsPreviewLabel.setWordWrap(True)

        self.riskForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.bandsPreviewLabel)

        self.highDaysLabel = QLabel(self.riskTab)
        self.highDaysLabel.setObjectName(u"highDaysLabel")

        self.riskForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.highDaysLabel)

        self.highDaysSpin = QSpinBox(self.riskTab)
        self.highDaysSpin.setObjectName(u"highDaysSpin")
        self.highDaysSpin.setMinimum(1)
        self.highDaysSpin.setMaximum(1098)

        self.riskForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.highDaysSpin)

        self.mediumDaysLabel = QLabel(self.riskTab)
        self.mediumDaysLabel.setObjectName(u"mediumDaysLabel")

        self.riskForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.mediumDaysLabel)

        self.mediumDaysSpin = QSpinBox(self.riskTab)
        self.mediumDaysSpin.setObjectName(u"mediumDaysSpin")
        self.mediumDaysSpin.setMinimum(1)
        self.mediumDaysSpin.setMaximum(1098)

        self.riskForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.mediumDaysSpin)

        self.lowDaysLabel = QLabel(self.riskTab)
        self.lowDaysLabel.setObjectName(u"lowDaysLabel")

        self.riskForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.lowDaysLabel)

        self.lowDaysSpin = QSpinBox(self.riskTab)
        self.lowDaysSpin.setObjectName(u"lowDaysSpin")
        self.lowDaysSpin.setMinimum(1)
        self.lowDaysSpin.setMaximum(1098)

        self.riskForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.lowDaysSpin)


        self.riskLayout.addLayout(self.riskForm)

        self.counsellorsEditCheck = QCheckBox(self.riskTab)
        self.counsellorsEditCheck.setObjectName(u"counsellorsEditCheck")

        self.riskLayout.addWidget(self.counsellorsEditCheck)

        self.riskButtons = QHBoxLayout()
        self.riskButtons.setObjectName(u"riskButtons")
        self.riskButtonsSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.riskButtons.addItem(self.riskButtonsSpacer)

        self.riskDefaultsButton = QPushButton(self.riskTab)
        self.riskDefaultsButton.setObjectName(u"riskDefaultsButton")
        self.riskDefaultsButton.setAutoDefault(False)

        self.riskButtons.addWidget(self.riskDefaultsButton)


        self.riskLayout.addLayout(self.riskButtons)

        self.riskSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.riskLayout.addItem(self.riskSpacer)

        self.tabs.addTab(self.riskTab, "")
        self.interfaceTab = QWidget()
        self.interfaceTab.setObjectName(u"interfaceTab")
        self.interfaceLayout = QVBoxLayout(self.interfaceTab)
        self.interfaceLayout.setObjectName(u"interfaceLayout")
        self.interfaceForm = QFormLayout()
        self.interfaceForm.setObjectName(u"interfaceForm")
        self.interfaceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.languageLabel = QLabel(self.interfaceTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.interfaceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.interfaceTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.interfaceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.interfaceLayout.addLayout(self.interfaceForm)

        self.interfaceSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.interfaceLayout.addItem(self.interfaceSpacer)

        self.tabs.addTab(self.interfaceTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(SettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.idleLockLabel.setBuddy(self.idleLockSpin)
        self.entryLockLabel.setBuddy(self.entryLockSpin)
        self.ackILabel.setBuddy(self.ackISpin)
        self.startILabel.setBuddy(self.startISpin)
        self.ackIILabel.setBuddy(self.ackIISpin)
        self.startIILabel.setBuddy(self.startIISpin)
        self.ackIIILabel.setBuddy(self.ackIIISpin)
        self.startIIILabel.setBuddy(self.startIIISpin)
        self.ackIVLabel.setBuddy(self.ackIVSpin)
        self.startIVLabel.setBuddy(self.startIVSpin)
        self.lowMaxLabel.setBuddy(self.lowMaxSpin)
        self.mediumMaxLabel.setBuddy(self.mediumMaxSpin)
        self.highDaysLabel.setBuddy(self.highDaysSpin)
        self.mediumDaysLabel.setBuddy(self.mediumDaysSpin)
        self.lowDaysLabel.setBuddy(self.lowDaysSpin)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.idleLockSpin)
        QWidget.setTabOrder(self.idleLockSpin, self.entryLockSpin)
        QWidget.setTabOrder(self.entryLockSpin, self.ackISpin)
        QWidget.setTabOrder(self.ackISpin, self.startISpin)
        QWidget.setTabOrder(self.startISpin, self.ackIISpin)
        QWidget.setTabOrder(self.ackIISpin, self.startIISpin)
        QWidget.setTabOrder(self.startIISpin, self.ackIIISpin)
        QWidget.setTabOrder(self.ackIIISpin, self.startIIISpin)
        QWidget.setTabOrder(self.startIIISpin, self.ackIVSpin)
        QWidget.setTabOrder(self.ackIVSpin, self.startIVSpin)
        QWidget.setTabOrder(self.startIVSpin, self.targetsDefaultsButton)
        QWidget.setTabOrder(self.targetsDefaultsButton, self.lowMaxSpin)
        QWidget.setTabOrder(self.lowMaxSpin, self.mediumMaxSpin)
        QWidget.setTabOrder(self.mediumMaxSpin, self.highDaysSpin)
        QWidget.setTabOrder(self.highDaysSpin, self.mediumDaysSpin)
        QWidget.setTabOrder(self.mediumDaysSpin, self.lowDaysSpin)
        QWidget.setTabOrder(self.lowDaysSpin, self.counsellorsEditCheck)
        QWidget.setTabOrder(self.counsellorsEditCheck, self.riskDefaultsButton)
        QWidget.setTabOrder(self.riskDefaultsButton, self.languageCombo)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.idleLockLabel.setText(QCoreApplication.translate("SettingsDialog", u"Lock after &idle", None))
#if QT_CONFIG(accessibility)
        self.idleLockSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Lock after idle, in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.idleLockSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.entryLockLabel.setText(QCoreApplication.translate("SettingsDialog", u"Lock case e&ntries after", None))
#if QT_CONFIG(accessibility)
        self.entryLockSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Lock timeline entries and clinical notes after this many hours", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.entryLockSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"Timeline entries and clinical notes are signed when saved. Their author may correct them until they lock; after that, changes are made only as addenda that keep the original.", None))
#endif // QT_CONFIG(tooltip)
        self.entryLockSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" h", None))
        self.tabs.setTabText(self.tabs.indexOf(self.securityTab), QCoreApplication.translate("SettingsDialog", u"Security", None))
        self.targetsHintLabel.setText(QCoreApplication.translate("SettingsDialog", u"Minutes from the report within which an incident of each grade must be acknowledged and its response started. A change re-times every open incident.", None))
        self.ackILabel.setText(QCoreApplication.translate("SettingsDialog", u"Grade I: ac&knowledge within", None))
#if QT_CONFIG(accessibility)
        self.ackISpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Grade I, acknowledge within, in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.ackISpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.startILabel.setText(QCoreApplication.translate("SettingsDialog", u"Grade I: s&tart response within", None))
#if QT_CONFIG(accessibility)
        self.startISpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Grade I, start response within, in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.startISpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.ackIILabel.setText(QCoreApplication.translate("SettingsDialog", u"Grade II: &acknowledge within", None))
#if QT_CONFIG(accessibility)
        self.ackIISpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Grade II, acknowledge within, in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.ackIISpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.startIILabel.setText(QCoreApplication.translate("SettingsDialog", u"Grade II: &start response within", None))
#if QT_CONFIG(accessibility)
        self.startIISpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Grade II, start response within, in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.startIISpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.ackIIILabel.setText(QCoreApplication.translate("SettingsDialog", u"Grade III: acknowl&edge within", None))
#if QT_CONFIG(accessibility)
        self.ackIIISpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Grade III, acknowledge within, in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.ackIIISpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.startIIILabel.setText(QCoreApplication.translate("SettingsDialog", u"Grade III: sta&rt response within", None))
#if QT_CONFIG(accessibility)
        self.startIIISpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Grade III, start response within, in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.startIIISpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.ackIVLabel.setText(QCoreApplication.translate("SettingsDialog", u"Grade IV: acknowledge &within", None))
#if QT_CONFIG(accessibility)
        self.ackIVSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Grade IV, acknowledge within, in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.ackIVSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.startIVLabel.setText(QCoreApplication.translate("SettingsDialog", u"Grade IV: start res&ponse within", None))
#if QT_CONFIG(accessibility)
        self.startIVSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Grade IV, start response within, in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.startIVSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.targetsDefaultsButton.setText(QCoreApplication.translate("SettingsDialog", u"Restore &defaults", None))
        self.tabs.setTabText(self.tabs.indexOf(self.targetsTab), QCoreApplication.translate("SettingsDialog", u"Response targets", None))
        self.riskHintLabel.setText(QCoreApplication.translate("SettingsDialog", u"A risk's score is likelihood \u00d7 impact, from 1 to 25. Low and Medium end where you set them; High is the rest. After each review the next one is due this many days later, by the risk's level.", None))
        self.lowMaxLabel.setText(QCoreApplication.translate("SettingsDialog", u"Low: scores &up to", None))
#if QT_CONFIG(accessibility)
        self.lowMaxSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Highest score that is Low", None))
#endif // QT_CONFIG(accessibility)
        self.mediumMaxLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Medium: scores up to", None))
#if QT_CONFIG(accessibility)
        self.mediumMaxSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Highest score that is Medium", None))
#endif // QT_CONFIG(accessibility)
        self.highRangeLabel.setText(QCoreApplication.translate("SettingsDialog", u"High: the rest", None))
#if QT_CONFIG(accessibility)
        self.highRangeValue.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Scores that are High", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bandsPreviewLabel.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Levels and their scores", None))
#endif // QT_CONFIG(accessibility)
        self.highDaysLabel.setText(QCoreApplication.translate("SettingsDialog", u"Review &High risks every", None))
#if QT_CONFIG(accessibility)
        self.highDaysSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Days between reviews of a High risk", None))
#endif // QT_CONFIG(accessibility)
        self.highDaysSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
        self.mediumDaysLabel.setText(QCoreApplication.translate("SettingsDialog", u"Review Medium risks ever&y", None))
#if QT_CONFIG(accessibility)
        self.mediumDaysSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Days between reviews of a Medium risk", None))
#endif // QT_CONFIG(accessibility)
        self.mediumDaysSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
        self.lowDaysLabel.setText(QCoreApplication.translate("SettingsDialog", u"Review Low risks e&very", None))
#if QT_CONFIG(accessibility)
        self.lowDaysSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Days between reviews of a Low risk", None))
#endif // QT_CONFIG(accessibility)
        self.lowDaysSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
        self.counsellorsEditCheck.setText(QCoreApplication.translate("SettingsDialog", u"Counsellors may edit the risk re&gister", None))
#if QT_CONFIG(accessibility)
        self.counsellorsEditCheck.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Counsellors may edit the risk register", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.counsellorsEditCheck.setToolTip(QCoreApplication.translate("SettingsDialog", u"When this is off, only administrators can add, edit, review and import risks; everyone can still read the register.", None))
#endif // QT_CONFIG(tooltip)
        self.riskDefaultsButton.setText(QCoreApplication.translate("SettingsDialog", u"Default &bands and cadence", None))
        self.tabs.setTabText(self.tabs.indexOf(self.riskTab), QCoreApplication.translate("SettingsDialog", u"Risk register", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.interfaceTab), QCoreApplication.translate("SettingsDialog", u"Interface", None))
    # retranslateUi

