"""The status bar's one line about who is on call as crisis lead now, and who is next.

Imported by the main window at start-up, so it stays light: Qt core, the domain enums and the
label helpers only (no dialogs, no forms). Member names are staff on the rota, shown to every role
with ``ONCALL_VIEW``; without it the text is empty.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.crisis_roles import CrisisRole
from app.domain.roles import Operation
from app.ui.incident_labels import crisis_role_name

if TYPE_CHECKING:
    from app.services.session import Session
    from app.services.workspace import Workspace


def _until_text(moment: datetime) -> str:
    """ "Mon 09:00" in local time, the weekday in the interface's language (Qt's default locale)."""
    local = moment.astimezone()
    return f"{QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)} {local:%H:%M}"


def on_call_summary(workspace: Workspace, session: Session, at: datetime | None = None) -> str:
    """ "On call (Crisis lead): Chan Tai-man until Mon 09:00 · next: Lee", or "…: nobody"."""
    if not workspace.policy.allows(session.role, Operation.ONCALL_VIEW):
        return ""
    status = workspace.oncall.on_call_now(session, at, [CrisisRole.CRISIS_LEAD])
    role = crisis_role_name(CrisisRole.CRISIS_LEAD)
    current = status[0] if status else None
    if current is None or current.now is None:
        text = QCoreApplication.translate("OnCallStatus", "On call (%1): nobody").replace("%1", role)
    else:
        text = (
            QCoreApplication.translate("OnCallStatus", "On call (%1): %2 until %3")
            .replace("%1", role)
            .replace("%2", current.now.member_name)
            .replace("%3", _until_text(current.now.end))
        )
    if current is not None and current.next is not None:
        text += QCoreApplication.translate("OnCallStatus", " · next: %1").replace(
            "%1", current.next.member_name
        )
    return text
