"""Roles in the crisis team and on the 24/7 on-call rota (background document 002).

One list for everything that names a responder: response-plan steps, escalation ladders,
notifications and, later, the on-call rotation. "counsellor" on a ladder means whoever is on call
as counsellor at that moment; the rota resolves the person. These are not login roles
(:mod:`app.domain.roles`): an executive or a lawyer on the team may have no app account at all.
"""

from __future__ import annotations

from enum import StrEnum


class CrisisRole(StrEnum):
    CRISIS_LEAD = "crisis_lead"
    COUNSELLOR = "counsellor"
    HR = "hr"
    IT_SECURITY = "it_security"
    LEGAL = "legal"
    PR = "pr"
    EXECUTIVE = "executive"


# English and Traditional Chinese names, for data that is shown or printed outside Qt's translations.
ROLE_LABELS: dict[CrisisRole, tuple[str, str]] = {
    CrisisRole.CRISIS_LEAD: ("Crisis lead", "危機處理負責人"),
    CrisisRole.COUNSELLOR: ("Counsellor", "心理諮詢師"),
    CrisisRole.HR: ("HR", "人力資源"),
    CrisisRole.IT_SECURITY: ("IT / security", "資訊安全"),
    CrisisRole.LEGAL: ("Legal", "法務"),
    CrisisRole.PR: ("Public relations", "公關"),
    CrisisRole.EXECUTIVE: ("Executive", "高層主管"),
}
