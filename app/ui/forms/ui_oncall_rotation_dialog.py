# Generated from forms/oncall_rotation_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'oncall_rotation_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QLabel, QListWidget,
    QPushButton, QSizePolicy, QSpacerItem, QTimeEdit,
    QVBoxLayout)

class Ui_OnCallRotationDialog(object):
    def setupUi(self, OnCallRotationDialog):
        if not OnCallRotationDialog.objectName():
            OnCallRotationDialog.setObjectName(u"OnCallRotationDialog")
        OnCallRotationDialog.resize(520, 560)
        self.mainLayout = QVBoxLayout(OnCallRotationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.roleLabel = QLabel(OnCallRotationDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(OnCallRotationDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.handoverLabel = QLabel(OnCallRotationDialog)
        self.handoverLabel.setObjectName(u"handoverLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.handoverLabel)

        self.handoverCombo = QComboBox(OnCallRotationDialog)
        self.handoverCombo.setObjectName(u"handoverCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.handoverCombo)

        self.weekdayLabel = QLabel(OnCallRotationDialog)
        self.weekdayLabel.setObjectName(u"weekdayLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.weekdayLabel)

        self.weekdayCombo = QComboBox(OnCallRotationDialog)
        self.weekdayCombo.setObjectName(u"weekdayCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.weekdayCombo)

        self.timeLabel = QLabel(OnCallRotationDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = QTimeEdit(OnCallRotationDialog)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setDisplayFormat(u"HH:mm")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.timeEdit)

        self.zoneLabel = QLabel(OnCallRotationDialog)
        self.zoneLabel.setObjectName(u"zoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.zoneLabel)

        self.zoneCombo = QComboBox(OnCallRotationDialog)
        self.zoneCombo.setObjectName(u"zoneCombo")
        self.zoneCombo.setEditable(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.zoneCombo)

        self.anchorLabel = QLabel(OnCallRotationDialog)
        self.anchorLabel.setObjectName(u"anchorLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.anchorLabel)

        self.anchorEdit = QDateEdit(OnCallRotationDialog)
        self.anchorEdit.setObjectName(u"anchorEdit")
        self.anchorEdit.setCalendarPopup(True)
        self.anchorEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.anchorEdit)


        self.mainLayout.addLayout(self.form)

        self.membersGroup = QGroupBox(OnCallRotationDialog)
        self.membersGroup.setObjectName(u"membersGroup")
        self.membersLayout = QGridLayout(self.membersGroup)
        self.membersLayout.setObjectName(u"membersLayout")
        self.availableLabel = QLabel(self.membersGroup)
        self.availableLabel.setObjectName(u"availableLabel")

        self.membersLayout.addWidget(self.availableLabel, 0, 0, 1, 1)

        self.orderLabel = QLabel(self.membersGroup)
        self.orderLabel.setObjectName(u"orderLabel")

        self.membersLayout.addWidget(self.orderLabel, 0, 2, 1, 1)

        self.availableList = QListWidget(self.membersGroup)
        self.availableList.setObjectName(u"availableList")

        self.membersLayout.addWidget(self.availableList, 1, 0, 1, 1)

        self.moveLayout = QVBoxLayout()
        self.moveLayout.setObjectName(u"moveLayout")
        self.addButton = QPushButton(self.membersGroup)
        self.addButton.setObjectName(u"addButton")

        self.moveLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(self.membersGroup)
        self.removeButton.setObjectName(u"removeButton")

        self.moveLayout.addWidget(self.removeButton)

        self.upButton = QPushButton(self.membersGroup)
        self.upButton.setObjectName(u"upButton")

        self.moveLayout.addWidget(self.upButton)

        self.downButton = QPushButton(self.membersGroup)
        self.downButton.setObjectName(u"downButton")

        self.moveLayout.addWidget(self.downButton)

        self.moveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveLayout.addItem(self.moveSpacer)


        self.membersLayout.addLayout(self.moveLayout, 1, 1, 1, 1)

        self.orderList = QListWidget(self.membersGroup)
        self.orderList.setObjectName(u"orderList")

        self.membersLayout.addWidget(self.orderList, 1, 2, 1, 1)


        self.mainLayout.addWidget(self.membersGroup)

        self.messageLabel = QLabel(OnCallRotationDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(OnCallRotationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
        self.handoverLabel.setBuddy(self.handoverCombo)
        self.weekdayLabel.setBuddy(self.weekdayCombo)
        self.timeLabel.setBuddy(self.timeEdit)
        self.zoneLabel.setBuddy(self.zoneCombo)
        self.anchorLabel.setBuddy(self.anchorEdit)
        self.availableLabel.setBuddy(self.availableList)
        self.orderLabel.setBuddy(self.orderList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OnCallRotationDialog)
        self.buttonBox.rejected.connect(OnCallRotationDialog.reject)

        QMetaObject.connectSlotsByName(OnCallRotationDialog)
    # setupUi

    def retranslateUi(self, OnCallRotationDialog):
        OnCallRotationDialog.setWindowTitle(QCoreApplication.translate("OnCallRotationDialog", u"Rotation", None))
        self.roleLabel.setText(QCoreApplication.translate("OnCallRotationDialog", u"R&ole", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("OnCallRotationDialog", u"Crisis role", None))
#endif // QT_CONFIG(accessibility)
        self.handoverLabel.setText(QCoreApplication.translate("OnCallRotationDialog", u"&Hand-over", None))
#if QT_CONFIG(accessibility)
        self.handoverCombo.setAccessibleName(QCoreApplication.translate("OnCallRotationDialog", u"How often the rota hands over", None))
#endif // QT_CONFIG(accessibility)
        self.weekdayLabel.setText(QCoreApplication.translate("OnCallRotationDialog", u"Wee&kday", None))
#if QT_CONFIG(accessibility)
        self.weekdayCombo.setAccessibleName(QCoreApplication.translate("OnCallRotationDialog", u"Hand-over weekday", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("OnCallRotationDialog", u"&Time", None))
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleName(QCoreApplication.translate("OnCallRotationDialog", u"Hand-over time", None))
#endif // QT_CONFIG(accessibility)
        self.zoneLabel.setText(QCoreApplication.translate("OnCallRotationDialog", u"Time &zone", None))
#if QT_CONFIG(accessibility)
        self.zoneCombo.setAccessibleName(QCoreApplication.translate("OnCallRotationDialog", u"Time zone of the hand-over", None))
#endif // QT_CONFIG(accessibility)
        self.anchorLabel.setText(QCoreApplication.translate("OnCallRotationDialog", u"&Starts on", None))
#if QT_CONFIG(accessibility)
        self.anchorEdit.setAccessibleName(QCoreApplication.translate("OnCallRotationDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.membersGroup.setTitle(QCoreApplication.translate("OnCallRotationDialog", u"Members in turn", None))
        self.availableLabel.setText(QCoreApplication.translate("OnCallRotationDialog", u"A&vailable", None))
        self.orderLabel.setText(QCoreApplication.translate("OnCallRotationDialog", u"Or&der", None))
#if QT_CONFIG(accessibility)
        self.availableList.setAccessibleName(QCoreApplication.translate("OnCallRotationDialog", u"Members holding the role", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("OnCallRotationDialog", u"&Add \u2192", None))
        self.removeButton.setText(QCoreApplication.translate("OnCallRotationDialog", u"\u2190 &Remove", None))
        self.upButton.setText(QCoreApplication.translate("OnCallRotationDialog", u"&Up", None))
        self.downButton.setText(QCoreApplication.translate("OnCallRotationDialog", u"Do&wn", None))
#if QT_CONFIG(accessibility)
        self.orderList.setAccessibleName(QCoreApplication.translate("OnCallRotationDialog", u"Members in rota order", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

