# Generated from forms/screening_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'screening_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QLabel, QVBoxLayout, QWidget)

class Ui_ScreeningDialog(object):
    def setupUi(self, ScreeningDialog):
        if not ScreeningDialog.objectName():
            ScreeningDialog.setObjectName(u"ScreeningDialog")
        ScreeningDialog.resize(640, 560)
        self.mainLayout = QVBoxLayout(ScreeningDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.itemsLayout = QGridLayout()
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.instrumentLabel = QLabel(ScreeningDialog)
        self.instrumentLabel.setObjectName(u"instrumentLabel")

        self.itemsLayout.addWidget(self.instrumentLabel, 0, 0, 1, 1)

        self.instrumentCombo = QComboBox(ScreeningDialog)
        self.instrumentCombo.setObjectName(u"instrumentCombo")

        self.itemsLayout.addWidget(self.instrumentCombo, 0, 1, 1, 1)

        self.stemLabel = QLabel(ScreeningDialog)
        self.stemLabel.setObjectName(u"stemLabel")
        self.stemLabel.setText(u"")
        self.stemLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.stemLabel.setWordWrap(True)

        self.itemsLayout.addWidget(self.stemLabel, 1, 0, 1, 2)

        self.item1Label = QLabel(ScreeningDialog)
        self.item1Label.setObjectName(u"item1Label")
        self.item1Label.setWordWrap(True)

        self.itemsLayout.addWidget(self.item1Label, 2, 0, 1, 1)

        self.item1Combo = QComboBox(ScreeningDialog)
        self.item1Combo.setObjectName(u"item1Combo")

        self.itemsLayout.addWidget(self.item1Combo, 2, 1, 1, 1)

        self.item2Label = QLabel(ScreeningDialog)
        self.item2Label.setObjectName(u"item2Label")
        self.item2Label.setWordWrap(True)

        self.itemsLayout.addWidget(self.item2Label, 3, 0, 1, 1)

        self.item2Combo = QComboBox(ScreeningDialog)
        self.item2Combo.setObjectName(u"item2Combo")

        self.itemsLayout.addWidget(self.item2Combo, 3, 1, 1, 1)

        self.item3Label = QLabel(ScreeningDialog)
        self.item3Label.setObjectName(u"item3Label")
        self.item3Label.setWordWrap(True)

        self.itemsLayout.addWidget(self.item3Label, 4, 0, 1, 1)

        self.item3Combo = QComboBox(ScreeningDialog)
        self.item3Combo.setObjectName(u"item3Combo")

        self.itemsLayout.addWidget(self.item3Combo, 4, 1, 1, 1)

        self.item4Label = QLabel(ScreeningDialog)
        self.item4Label.setObjectName(u"item4Label")
        self.item4Label.setWordWrap(True)

        self.itemsLayout.addWidget(self.item4Label, 5, 0, 1, 1)

        self.item4Combo = QComboBox(ScreeningDialog)
        self.item4Combo.setObjectName(u"item4Combo")

        self.itemsLayout.addWidget(self.item4Combo, 5, 1, 1, 1)

        self.item5Label = QLabel(ScreeningDialog)
        self.item5Label.setObjectName(u"item5Label")
        self.item5Label.setWordWrap(True)

        self.itemsLayout.addWidget(self.item5Label, 6, 0, 1, 1)

        self.item5Combo = QComboBox(ScreeningDialog)
        self.item5Combo.setObjectName(u"item5Combo")

        self.itemsLayout.addWidget(self.item5Combo, 6, 1, 1, 1)

        self.item6Label = QLabel(ScreeningDialog)
        self.item6Label.setObjectName(u"item6Label")
        self.item6Label.setWordWrap(True)

        self.itemsLayout.addWidget(self.item6Label, 7, 0, 1, 1)

        self.item6Combo = QComboBox(ScreeningDialog)
        self.item6Combo.setObjectName(u"item6Combo")

        self.itemsLayout.addWidget(self.item6Combo, 7, 1, 1, 1)

        self.item7Label = QLabel(ScreeningDialog)
        self.item7Label.setObjectName(u"item7Label")
        self.item7Label.setWordWrap(True)

        self.itemsLayout.addWidget(self.item7Label, 8, 0, 1, 1)

        self.item7Combo = QComboBox(ScreeningDialog)
        self.item7Combo.setObjectName(u"item7Combo")

        self.itemsLayout.addWidget(self.item7Combo, 8, 1, 1, 1)

        self.item8Label = QLabel(ScreeningDialog)
        self.item8Label.setObjectName(u"item8Label")
        self.item8Label.setWordWrap(True)

        self.itemsLayout.addWidget(self.item8Label, 9, 0, 1, 1)

        self.item8Combo = QComboBox(ScreeningDialog)
        self.item8Combo.setObjectName(u"item8Combo")

        self.itemsLayout.addWidget(self.item8Combo, 9, 1, 1, 1)

        self.item9Label = QLabel(ScreeningDialog)
        self.item9Label.setObjectName(u"item9Label")
        self.item9Label.setWordWrap(True)

        self.itemsLayout.addWidget(self.item9Label, 10, 0, 1, 1)

        self.item9Combo = QComboBox(ScreeningDialog)
        self.item9Combo.setObjectName(u"item9Combo")

        self.itemsLayout.addWidget(self.item9Combo, 10, 1, 1, 1)

        self.itemsLayout.setColumnStretch(0, 3)
        self.itemsLayout.setColumnStretch(1, 2)

        self.mainLayout.addLayout(self.itemsLayout)

        self.scoreLayout = QHBoxLayout()
        self.scoreLayout.setObjectName(u"scoreLayout")
        self.totalLabel = QLabel(ScreeningDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")
        self.totalLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.scoreLayout.addWidget(self.totalLabel)

        self.bandLabel = QLabel(ScreeningDialog)
        self.bandLabel.setObjectName(u"bandLabel")
        self.bandLabel.setText(u"")
        self.bandLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.scoreLayout.addWidget(self.bandLabel)


        self.mainLayout.addLayout(self.scoreLayout)

        self.flagLabel = QLabel(ScreeningDialog)
        self.flagLabel.setObjectName(u"flagLabel")
        self.flagLabel.setText(u"")
        self.flagLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.flagLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.flagLabel)

        self.messageLabel = QLabel(ScreeningDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ScreeningDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.instrumentLabel.setBuddy(self.instrumentCombo)
        self.item1Label.setBuddy(self.item1Combo)
        self.item2Label.setBuddy(self.item2Combo)
        self.item3Label.setBuddy(self.item3Combo)
        self.item4Label.setBuddy(self.item4Combo)
        self.item5Label.setBuddy(self.item5Combo)
        self.item6Label.setBuddy(self.item6Combo)
        self.item7Label.setBuddy(self.item7Combo)
        self.item8Label.setBuddy(self.item8Combo)
        self.item9Label.setBuddy(self.item9Combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.instrumentCombo, self.item1Combo)
        QWidget.setTabOrder(self.item1Combo, self.item2Combo)
        QWidget.setTabOrder(self.item2Combo, self.item3Combo)
        QWidget.setTabOrder(self.item3Combo, self.item4Combo)
        QWidget.setTabOrder(self.item4Combo, self.item5Combo)
        QWidget.setTabOrder(self.item5Combo, self.item6Combo)
        QWidget.setTabOrder(self.item6Combo, self.item7Combo)
        QWidget.setTabOrder(self.item7Combo, self.item8Combo)
        QWidget.setTabOrder(self.item8Combo, self.item9Combo)

        self.retranslateUi(ScreeningDialog)
        self.buttonBox.rejected.connect(ScreeningDialog.reject)

        QMetaObject.connectSlotsByName(ScreeningDialog)
    # setupUi

    def retranslateUi(self, ScreeningDialog):
        ScreeningDialog.setWindowTitle(QCoreApplication.translate("ScreeningDialog", u"Record a screening", None))
        self.instrumentLabel.setText(QCoreApplication.translate("ScreeningDialog", u"&Questionnaire", None))
#if QT_CONFIG(accessibility)
        self.instrumentCombo.setAccessibleName(QCoreApplication.translate("ScreeningDialog", u"Questionnaire", None))
#endif // QT_CONFIG(accessibility)
        self.item1Label.setText(QCoreApplication.translate("ScreeningDialog", u"Item &1", None))
#if QT_CONFIG(accessibility)
        self.item1Combo.setAccessibleName(QCoreApplication.translate("ScreeningDialog", u"Answer to item 1", None))
#endif // QT_CONFIG(accessibility)
        self.item2Label.setText(QCoreApplication.translate("ScreeningDialog", u"Item &2", None))
#if QT_CONFIG(accessibility)
        self.item2Combo.setAccessibleName(QCoreApplication.translate("ScreeningDialog", u"Answer to item 2", None))
#endif // QT_CONFIG(accessibility)
        self.item3Label.setText(QCoreApplication.translate("ScreeningDialog", u"Item &3", None))
#if QT_CONFIG(accessibility)
        self.item3Combo.setAccessibleName(QCoreApplication.translate("ScreeningDialog", u"Answer to item 3", None))
#endif // QT_CONFIG(accessibility)
        self.item4Label.setText(QCoreApplication.translate("ScreeningDialog", u"Item &4", None))
#if QT_CONFIG(accessibility)
        self.item4Combo.setAccessibleName(QCoreApplication.translate("ScreeningDialog", u"Answer to item 4", None))
#endif // QT_CONFIG(accessibility)
        self.item5Label.setText(QCoreApplication.translate("ScreeningDialog", u"Item &5", None))
#if QT_CONFIG(accessibility)
        self.item5Combo.setAccessibleName(QCoreApplication.translate("ScreeningDialog", u"Answer to item 5", None))
#endif // QT_CONFIG(accessibility)
        self.item6Label.setText(QCoreApplication.translate("ScreeningDialog", u"Item &6", None))
#if QT_CONFIG(accessibility)
        self.item6Combo.setAccessibleName(QCoreApplication.translate("ScreeningDialog", u"Answer to item 6", None))
#endif // QT_CONFIG(accessibility)
        self.item7Label.setText(QCoreApplication.translate("ScreeningDialog", u"Item &7", None))
#if QT_CONFIG(accessibility)
        self.item7Combo.setAccessibleName(QCoreApplication.translate("ScreeningDialog", u"Answer to item 7", None))
#endif // QT_CONFIG(accessibility)
        self.item8Label.setText(QCoreApplication.translate("ScreeningDialog", u"Item &8", None))
#if QT_CONFIG(accessibility)
        self.item8Combo.setAccessibleName(QCoreApplication.translate("ScreeningDialog", u"Answer to item 8", None))
#endif // QT_CONFIG(accessibility)
        self.item9Label.setText(QCoreApplication.translate("ScreeningDialog", u"Item &9", None))
#if QT_CONFIG(accessibility)
        self.item9Combo.setAccessibleName(QCoreApplication.translate("ScreeningDialog", u"Answer to item 9", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

