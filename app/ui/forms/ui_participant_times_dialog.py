# Generated from forms/participant_times_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_times_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QDateTimeEdit, QDialogButtonBox, QGridLayout,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_ParticipantTimesDialog(object):
    def setupUi(self, ParticipantTimesDialog):
        if not ParticipantTimesDialog.objectName():
            ParticipantTimesDialog.setObjectName(u"ParticipantTimesDialog")
        ParticipantTimesDialog.resize(460, 240)
        self.mainLayout = QVBoxLayout(ParticipantTimesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(ParticipantTimesDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.timesGrid = QGridLayout()
        self.timesGrid.setObjectName(u"timesGrid")
        self.notifiedLabel = QLabel(ParticipantTimesDialog)
        self.notifiedLabel.setObjectName(u"notifiedLabel")

        self.timesGrid.addWidget(self.notifiedLabel, 0, 0, 1, 1)

        self.notifiedEdit = QDateTimeEdit(ParticipantTimesDialog)
        self.notifiedEdit.setObjectName(u"notifiedEdit")
        self.notifiedEdit.setCalendarPopup(True)
        self.notifiedEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm:ss")

        self.timesGrid.addWidget(self.notifiedEdit, 0, 1, 1, 1)

        self.notNotifiedCheck = QCheckBox(ParticipantTimesDialog)
        self.notNotifiedCheck.setObjectName(u"notNotifiedCheck")

        self.timesGrid.addWidget(self.notNotifiedCheck, 0, 2, 1, 1)

        self.acknowledgedLabel = QLabel(ParticipantTimesDialog)
        self.acknowledgedLabel.setObjectName(u"acknowledgedLabel")

        self.timesGrid.addWidget(self.acknowledgedLabel, 1, 0, 1, 1)

        self.acknowledgedEdit = QDateTimeEdit(ParticipantTimesDialog)
        self.acknowledgedEdit.setObjectName(u"acknowledgedEdit")
        self.acknowledgedEdit.setCalendarPopup(True)
        self.acknowledgedEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm:ss")

        self.timesGrid.addWidget(self.acknowledgedEdit, 1, 1, 1, 1)

        self.notAcknowledgedCheck = QCheckBox(ParticipantTimesDialog)
        self.notAcknowledgedCheck.setObjectName(u"notAcknowledgedCheck")

        self.timesGrid.addWidget(self.notAcknowledgedCheck, 1, 2, 1, 1)


        self.mainLayout.addLayout(self.timesGrid)

        self.messageLabel = QLabel(ParticipantTimesDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ParticipantTimesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.notifiedLabel.setBuddy(self.notifiedEdit)
        self.acknowledgedLabel.setBuddy(self.acknowledgedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ParticipantTimesDialog)

        QMetaObject.connectSlotsByName(ParticipantTimesDialog)
    # setupUi

    def retranslateUi(self, ParticipantTimesDialog):
        ParticipantTimesDialog.setWindowTitle(QCoreApplication.translate("ParticipantTimesDialog", u"Correct the stamped times", None))
        self.notifiedLabel.setText(QCoreApplication.translate("ParticipantTimesDialog", u"&Notified at", None))
#if QT_CONFIG(accessibility)
        self.notifiedEdit.setAccessibleName(QCoreApplication.translate("ParticipantTimesDialog", u"Notified at", None))
#endif // QT_CONFIG(accessibility)
        self.notNotifiedCheck.setText(QCoreApplication.translate("ParticipantTimesDialog", u"Not notifie&d", None))
        self.acknowledgedLabel.setText(QCoreApplication.translate("ParticipantTimesDialog", u"&Acknowledged at", None))
#if QT_CONFIG(accessibility)
        self.acknowledgedEdit.setAccessibleName(QCoreApplication.translate("ParticipantTimesDialog", u"Acknowledged at", None))
#endif // QT_CONFIG(accessibility)
        self.notAcknowledgedCheck.setText(QCoreApplication.translate("ParticipantTimesDialog", u"Not ac&knowledged", None))
    # retranslateUi

