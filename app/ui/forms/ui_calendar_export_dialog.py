# Generated from forms/calendar_export_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CalendarExportDialog(object):
    def setupUi(self, CalendarExportDialog):
        if not CalendarExportDialog.objectName():
            CalendarExportDialog.setObjectName(u"CalendarExportDialog")
        CalendarExportDialog.resize(580, 330)
        self.mainLayout = QVBoxLayout(CalendarExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.periodGroup = QGroupBox(CalendarExportDialog)
        self.periodGroup.setObjectName(u"periodGroup")
        self.periodLayout = QHBoxLayout(self.periodGroup)
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromLabel = QLabel(self.periodGroup)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodLayout.addWidget(self.fromLabel)

        self.fromDateEdit = QDateEdit(self.periodGroup)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setCalendarPopup(True)
        self.fromDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.periodLayout.addWidget(self.fromDateEdit)

        self.toLabel = QLabel(self.periodGroup)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toDateEdit = QDateEdit(self.periodGroup)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setCalendarPopup(True)
        self.toDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.periodLayout.addWidget(self.toDateEdit)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.mainLayout.addWidget(self.periodGroup)

        self.scopeGroup = QGroupBox(CalendarExportDialog)
        self.scopeGroup.setObjectName(u"scopeGroup")
        self.scopeLayout = QVBoxLayout(self.scopeGroup)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.teamRadio = QRadioButton(self.scopeGroup)
        self.teamRadio.setObjectName(u"teamRadio")
        self.teamRadio.setChecked(True)

        self.scopeLayout.addWidget(self.teamRadio)

        self.personRadio = QRadioButton(self.scopeGroup)
        self.personRadio.setObjectName(u"personRadio")

        self.scopeLayout.addWidget(self.personRadio)

        self.memberRow = QWidget(self.scopeGroup)
        self.memberRow.setObjectName(u"memberRow")
        self.memberLayout = QHBoxLayout(self.memberRow)
        self.memberLayout.setObjectName(u"memberLayout")
        self.memberLayout.setContentsMargins(24, 0, 0, 0)
        self.memberLabel = QLabel(self.memberRow)
        self.memberLabel.setObjectName(u"memberLabel")

        self.memberLayout.addWidget(self.memberLabel)

        self.memberCombo = QComboBox(self.memberRow)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.memberLayout.addWidget(self.memberCombo)

        self.memberSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberLayout.addItem(self.memberSpacer)


        self.scopeLayout.addWidget(self.memberRow)


        self.mainLayout.addWidget(self.scopeGroup)

        self.contentLabel = QLabel(CalendarExportDialog)
        self.contentLabel.setObjectName(u"contentLabel")
        self.contentLabel.setText(u"")
        self.contentLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.contentLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.contentLabel)

        self.messageLabel = QLabel(CalendarExportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.exportButton = QPushButton(CalendarExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.buttonBox = QDialogButtonBox(CalendarExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.toLabel.setBuddy(self.toDateEdit)
        self.memberLabel.setBuddy(self.memberCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromDateEdit, self.toDateEdit)
        QWidget.setTabOrder(self.toDateEdit, self.teamRadio)
        QWidget.setTabOrder(self.teamRadio, self.personRadio)
        QWidget.setTabOrder(self.personRadio, self.memberCombo)
        QWidget.setTabOrder(self.memberCombo, self.exportButton)

        self.retranslateUi(CalendarExportDialog)
        self.buttonBox.rejected.connect(CalendarExportDialog.reject)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(CalendarExportDialog)
    # setupUi

    def retranslateUi(self, CalendarExportDialog):
        CalendarExportDialog.setWindowTitle(QCoreApplication.translate("CalendarExportDialog", u"Export calendar (.ics)", None))
        self.periodGroup.setTitle(QCoreApplication.translate("CalendarExportDialog", u"Period", None))
        self.fromLabel.setText(QCoreApplication.translate("CalendarExportDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromDateEdit.setAccessibleName(QCoreApplication.translate("CalendarExportDialog", u"First day of the export", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("CalendarExportDialog", u"&To", None))
#if QT_CONFIG(accessibility)
        self.toDateEdit.setAccessibleName(QCoreApplication.translate("CalendarExportDialog", u"Last day of the export (included)", None))
#endif // QT_CONFIG(accessibility)
        self.scopeGroup.setTitle(QCoreApplication.translate("CalendarExportDialog", u"Calendar", None))
        self.teamRadio.setText(QCoreApplication.translate("CalendarExportDialog", u"&Whole team: drills, on-call shifts, follow-up and action due dates", None))
#if QT_CONFIG(accessibility)
        self.teamRadio.setAccessibleName(QCoreApplication.translate("CalendarExportDialog", u"Whole team calendar", None))
#endif // QT_CONFIG(accessibility)
        self.personRadio.setText(QCoreApplication.translate("CalendarExportDialog", u"&One person's on-call shifts", None))
#if QT_CONFIG(accessibility)
        self.personRadio.setAccessibleName(QCoreApplication.translate("CalendarExportDialog", u"One person's on-call shifts", None))
#endif // QT_CONFIG(accessibility)
        self.memberLabel.setText(QCoreApplication.translate("CalendarExportDialog", u"&Person", None))
#if QT_CONFIG(accessibility)
        self.memberCombo.setAccessibleName(QCoreApplication.translate("CalendarExportDialog", u"On-call member whose shifts are exported", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("CalendarExportDialog", u"&Export\u2026", None))
    # retranslateUi

