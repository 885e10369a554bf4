# Generated from forms/case_detail.ui by tools/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_detail.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QSizePolicy, QSpacerItem,
    QStackedWidget, QTabWidget, QVBoxLayout, QWidget)

class Ui_CaseDetail(object):
    def setupUi(self, CaseDetail):
        if not CaseDetail.objectName():
            CaseDetail.setObjectName(u"CaseDetail")
        CaseDetail.resize(900, 640)
        self.mainLayout = QVBoxLayout(CaseDetail)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(CaseDetail)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)
        self.casePage = QWidget()
        self.casePage.setObjectName(u"casePage")
        self.caseLayout = QVBoxLayout(self.casePage)
        self.caseLayout.setObjectName(u"caseLayout")
        self.caseLayout.setContentsMargins(6, 6, 6, 6)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.codeLabel = QLabel(self.casePage)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setText(u"")
        self.codeLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.codeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.codeLabel)

        self.gradeLabel = QLabel(self.casePage)
        self.gradeLabel.setObjectName(u"gradeLabel")
        self.gradeLabel.setText(u"")
        self.gradeLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.gradeLabel)

        self.categoryLabel = QLabel(self.casePage)
        self.categoryLabel.setObjectName(u"categoryLabel")
        self.categoryLabel.setText(u"")
        self.categoryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.categoryLabel)

        self.statusLabel = QLabel(self.casePage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.statusLabel)

        self.flagLabel = QLabel(self.casePage)
        self.flagLabel.setObjectName(u"flagLabel")
        self.flagLabel.setText(u"")
        self.flagLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.flagLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.caseLayout.addLayout(self.headerLayout)

        self.titleLabel = QLabel(self.casePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.caseLayout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(self.casePage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)

        self.caseLayout.addWidget(self.tabs)

        self.stack.addWidget(self.casePage)

        self.mainLayout.addWidget(self.stack)


        self.retranslateUi(CaseDetail)

        QMetaObject.connectSlotsByName(CaseDetail)
    # setupUi

    def retranslateUi(self, CaseDetail):
        CaseDetail.setWindowTitle(QCoreApplication.translate("CaseDetail", u"Case", None))
        self.emptyLabel.setText(QCoreApplication.translate("CaseDetail", u"No case is open. Choose one in the list to see its overview, timeline and checklist.", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("CaseDetail", u"Case records", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

