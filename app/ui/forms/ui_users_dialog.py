# Generated from forms/users_dialog.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(640, 400)
        self.mainLayout = QVBoxLayout(UsersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.usersLabel = QLabel(UsersDialog)
        self.usersLabel.setObjectName(u"usersLabel")

        self.mainLayout.addWidget(self.usersLabel)

        self.contentLayout = QHBoxLayout()
        self.contentLayout.setObjectName(u"contentLayout")
        self.usersTable = QTableView(UsersDialog)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setAlternatingRowColors(True)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.setSortingEnabled(True)
        self.usersTable.horizontalHeader().setStretchLastSection(True)
        self.usersTable.verticalHeader().setVisible(False)

        self.contentLayout.addWidget(self.usersTable)

        self.buttonsLayout = QVBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(UsersDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(UsersDialog)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.editButton)

        self.disableButton = QPushButton(UsersDialog)
        self.disableButton.setObjectName(u"disableButton")
        self.disableButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.disableButton)

        self.enableButton = QPushButton(UsersDialog)
        self.enableButton.setObjectName(u"enableButton")
        self.enableButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.enableButton)

        self.buttonsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.contentLayout.addLayout(self.buttonsLayout)


        self.mainLayout.addLayout(self.contentLayout)

        self.buttonBox = QDialogButtonBox(UsersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usersLabel.setBuddy(self.usersTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usersTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.disableButton)
        QWidget.setTabOrder(self.disableButton, self.enableButton)

        self.retranslateUi(UsersDialog)
        self.buttonBox.rejected.connect(UsersDialog.reject)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Users", None))
        self.usersLabel.setText(QCoreApplication.translate("UsersDialog", u"User a&ccounts", None))
#if QT_CONFIG(accessibility)
        self.usersTable.setAccessibleName(QCoreApplication.translate("UsersDialog", u"User accounts", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("UsersDialog", u"&Add\u2026", None))
        self.editButton.setText(QCoreApplication.translate("UsersDialog", u"&Edit\u2026", None))
        self.disableButton.setText(QCoreApplication.translate("UsersDialog", u"&Disable", None))
        self.enableButton.setText(QCoreApplication.translate("UsersDialog", u"E&nable", None))
    # retranslateUi

