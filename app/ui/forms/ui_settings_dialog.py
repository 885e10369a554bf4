# Generated from forms/settings_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(440, 280)
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


        self.securityLayout.addLayout(self.securityForm)

        self.securitySpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.securityLayout.addItem(self.securitySpacer)

        self.tabs.addTab(self.securityTab, "")
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
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.idleLockSpin)
        QWidget.setTabOrder(self.idleLockSpin, self.languageCombo)

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
        self.tabs.setTabText(self.tabs.indexOf(self.securityTab), QCoreApplication.translate("SettingsDialog", u"Security", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.interfaceTab), QCoreApplication.translate("SettingsDialog", u"Interface", None))
    # retranslateUi

