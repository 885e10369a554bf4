"""The home page: the state of the database and of this session, in plain words."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from app.services.session import Session
from app.services.workspace import DatabaseInfo
from app.ui.forms.ui_overview_page import Ui_OverviewPage
from app.ui.role_names import key_mode_name, role_name


class OverviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        font = QFont(self.ui.welcomeLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.welcomeLabel.setFont(font)

    def show_state(self, info: DatabaseInfo, session: Session, idle_minutes: int, integrity: str) -> None:
        self.ui.welcomeLabel.setText(self.tr("Welcome, %1").replace("%1", session.username))
        self.ui.pathValue.setText(str(info.path))
        self.ui.identityValue.setText(info.identity)
        self.ui.keyModeValue.setText(key_mode_name(info.key_mode))
        self.ui.schemaValue.setText(str(info.schema_version))
        self.ui.cipherValue.setText(
            self.tr("SQLCipher %1, AES-256, HMAC-SHA512 per page").replace("%1", info.cipher_version)
        )
        self.ui.integrityValue.setText(integrity)
        self.ui.auditValue.setText(self.tr("Entries: %n, hash-chained", "", info.audit_entries))
        self.ui.userValue.setText(session.username)
        self.ui.roleValue.setText(role_name(session.role))
        self.ui.lockValue.setText(self.tr("After %n min without input", "", idle_minutes))
