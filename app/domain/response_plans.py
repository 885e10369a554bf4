"""Response-plan templates (應急預案) and the checklist they become when an incident is activated.

A template belongs to an incident category and optionally to one grade; it is an ordered list of
steps, each with a responsible role and a due offset from the moment the incident was activated.
On activation the matching template is copied onto the incident as a checklist with absolute due
times, so later edits to the template never rewrite a running incident's checklist.

Every default template starts with the four first steps from the notification-system document
(seed 002): confirm the event through more than one channel, activate the plan, notify the key
people, make a first assessment and a first statement that promises updates. Then come the steps
for the category, drawn from the other background documents, and last the review (總結與改進)
from the work instructions (seed 001).

Templates are values: the editing helpers return a new template and renumber the steps 1..n, so an
editor can keep an undo history by keeping old values, and a half-finished edit can never leave
two steps with the same number. A template that exists is valid: construction checks it and
raises :class:`PlanInvalid` with a message an admin can act on.

Due offsets are elapsed time. ``timedelta(days=7)`` is 168 hours after activation even across a
daylight-saving change, and due times are returned in UTC.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from app.domain.crisis_roles import CrisisRole
from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory

CATEGORY_CODES: tuple[str, ...] = tuple(category.value for category in IncidentCategory)
"""The incident category codes (stored values). The incident module owns their meaning."""

GRADE_CODES: tuple[str, ...] = tuple(grade.value for grade in Grade)
"""I 特別重大, II 重大, III 較大, IV 一般."""


class PlanInvalid(ValueError):
    """A template or step breaks a rule; the message names the step and says what to change."""


_CODE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


@dataclass(frozen=True, slots=True)
class PlanStep:
    """One step of a plan.

    ``order`` is the step's 1-based position in its template. ``code`` optionally names the step
    stably (e.g. ``first_statement``) so that services can recognise it after admins reword the
    title; steps an admin adds usually have none.
    """

    order: int
    title_en: str
    title_zh: str
    role: CrisisRole
    due_offset: timedelta
    code: str | None = None

    def __post_init__(self) -> None:
        label = f"Step {self.order!r}"
        if isinstance(self.order, bool) or not isinstance(self.order, int) or self.order < 1:
            raise PlanInvalid(f"{label}: the order must be a whole number from 1 up.")
        for attribute, language in (("title_en", "English"), ("title_zh", "Chinese")):
            value = getattr(self, attribute)
            if not isinstance(value, str) or not value.strip():
                raise PlanInvalid(f"{label}: the {language} title is empty.")
            object.__setattr__(self, attribute, value.strip())
        label = f"Step {self.order} ({self.title_en})"
        try:
            object.__setattr__(self, "role", CrisisRole(self.role))
        except ValueError:
            known = ", ".join(role.value for role in CrisisRole)
            raise PlanInvalid(f"{label}: unknown role {self.role!r}; use one of {known}.") from None
        if not isinstance(self.due_offset, timedelta):
            raise PlanInvalid(f"{label}: the due offset must be a duration.")
        if self.due_offset < timedelta(0):
            raise PlanInvalid(f"{label}: the due offset cannot be before activation.")
        if self.code is not None and (not isinstance(self.code, str) or not _CODE.match(self.code)):
            raise PlanInvalid(
                f"{label}: the step code {self.code!r} must be lower-case letters, digits and underscores."
            )


@dataclass(frozen=True, slots=True)
class PlanTemplate:
    """The plan for one category, for one grade or (``grade=None``) for every grade.

    ``steps`` are kept sorted by order. Orders must be unique but need not be contiguous when a
    template is built by hand; the editing helpers renumber them 1..n.
    """

    category: str
    grade: str | None
    steps: tuple[PlanStep, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if self.category not in CATEGORY_CODES:
            raise PlanInvalid(
                f"Unknown incident category {self.category!r}; use one of {', '.join(CATEGORY_CODES)}."
            )
        if self.grade is not None and self.grade not in GRADE_CODES:
            raise PlanInvalid(f"Unknown grade {self.grade!r}; use I, II, III, IV or none for every grade.")
        steps = tuple(self.steps)
        if not steps:
            raise PlanInvalid(f"The {self._name} plan needs at least one step.")
        for step in steps:
            if not isinstance(step, PlanStep):
                raise PlanInvalid(f"The {self._name} plan holds something that is not a step: {step!r}.")
        problems = []
        seen_orders: dict[int, PlanStep] = {}
        seen_codes: dict[str, PlanStep] = {}
        for step in steps:
            if step.order in seen_orders:
                problems.append(
                    f"steps {seen_orders[step.order].title_en!r} and {step.title_en!r} "
                    f"both have number {step.order}"
                )
            seen_orders.setdefault(step.order, step)
            if step.code is not None:
                if step.code in seen_codes:
                    problems.append(
                        f"steps {seen_codes[step.code].title_en!r} and {step.title_en!r} share code {step.code!r}"
                    )
                seen_codes.setdefault(step.code, step)
        if problems:
            raise PlanInvalid(f"The {self._name} plan is inconsistent: {'; '.join(problems)}.")
        object.__setattr__(self, "steps", tuple(sorted(steps, key=lambda step: step.order)))

    @property
    def _name(self) -> str:
        return f"{self.category} (grade {self.grade})" if self.grade else f"{self.category} (all grades)"

    @property
    def key(self) -> tuple[str, str | None]:
        """What identifies a template in a set: at most one template per (category, grade)."""
        return (self.category, self.grade)

    def step(self, order: int) -> PlanStep:
        for candidate in self.steps:
            if candidate.order == order:
                return candidate
        raise PlanInvalid(f"The {self._name} plan has no step {order}.")


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """A step copied onto an incident at activation, with its absolute due time in UTC."""

    order: int
    title_en: str
    title_zh: str
    role: CrisisRole
    due_at: datetime
    step_code: str | None = None


# --- choosing and instantiating ------------------------------------------------------------------


def check_template_set(templates: Iterable[PlanTemplate]) -> None:
    """Refuse a set with two templates for the same category and grade (which one would apply?)."""
    seen: set[tuple[str, str | None]] = set()
    for template in templates:
        if template.key in seen:
            category, grade = template.key
            which = f"grade {grade}" if grade else "all grades"
            raise PlanInvalid(f"There are two {category} plans for {which}; keep one.")
        seen.add(template.key)


def template_for(
    category: str, grade: str | None = None, templates: Iterable[PlanTemplate] | None = None
) -> PlanTemplate | None:
    """The most specific template: the one for this category and grade, else the category's plan
    for all grades; None when neither exists (the caller may then start an empty checklist).

    ``templates`` defaults to :data:`DEFAULT_TEMPLATES`; the service passes the admin-edited set.
    An incident not yet graded (``grade=None``) gets the all-grades plan only.
    """
    if category not in CATEGORY_CODES:
        raise PlanInvalid(f"Unknown incident category {category!r}.")
    if grade is not None and grade not in GRADE_CODES:
        raise PlanInvalid(f"Unknown grade {grade!r}.")
    pool = list(DEFAULT_TEMPLATES if templates is None else templates)
    check_template_set(pool)
    by_key = {template.key: template for template in pool}
    if grade is not None and (category, grade) in by_key:
        return by_key[(category, grade)]
    return by_key.get((category, None))


def instantiate(template: PlanTemplate, activated_at: datetime) -> list[ChecklistItem]:
    """The template as a checklist with due times counted from ``activated_at`` (timezone-aware)."""
    if activated_at.tzinfo is None or activated_at.utcoffset() is None:
        raise ValueError("activated_at must carry a time zone; store and pass UTC")
    start = activated_at.astimezone(UTC)
    return [
        ChecklistItem(
            order=step.order,
            title_en=step.title_en,
            title_zh=step.title_zh,
            role=step.role,
            due_at=start + step.due_offset,
            step_code=step.code,
        )
        for step in template.steps
    ]


# --- editing -------------------------------------------------------------------------------------


def _renumbered(template: PlanTemplate, steps: Sequence[PlanStep]) -> PlanTemplate:
    return replace(
        template, steps=tuple(replace(step, order=number) for number, step in enumerate(steps, start=1))
    )


def _position(template: PlanTemplate, order: int) -> int:
    for index, step in enumerate(template.steps):
        if step.order == order:
            return index
    raise PlanInvalid(f"The {template._name} plan has no step {order}.")


def add_step(template: PlanTemplate, step: PlanStep, position: int | None = None) -> PlanTemplate:
    """Insert ``step`` at 1-based ``position`` (default: at the end); its own order is ignored."""
    steps = list(template.steps)
    if position is None:
        position = len(steps) + 1
    if not 1 <= position <= len(steps) + 1:
        raise PlanInvalid(f"A new step can go at positions 1 to {len(steps) + 1}, not {position}.")
    steps.insert(position - 1, step)
    return _renumbered(template, steps)


def remove_step(template: PlanTemplate, order: int) -> PlanTemplate:
    """Drop the step numbered ``order``; the remaining steps are renumbered 1..n."""
    steps = list(template.steps)
    del steps[_position(template, order)]
    if not steps:
        raise PlanInvalid(f"The {template._name} plan needs at least one step; this is its last.")
    return _renumbered(template, steps)


def move_step(template: PlanTemplate, order: int, to_position: int) -> PlanTemplate:
    """Move the step numbered ``order`` to 1-based ``to_position``; all steps renumbered 1..n."""
    steps = list(template.steps)
    if not 1 <= to_position <= len(steps):
        raise PlanInvalid(f"A step can move to positions 1 to {len(steps)}, not {to_position}.")
    moving = steps.pop(_position(template, order))
    steps.insert(to_position - 1, moving)
    return _renumbered(template, steps)


_EDITABLE = frozenset({"title_en", "title_zh", "role", "due_offset", "code"})


def update_step(template: PlanTemplate, order: int, /, **changes: Any) -> PlanTemplate:
    """Change fields of one step (title_en, title_zh, role, due_offset, code); not its order."""
    if "order" in changes:
        raise PlanInvalid("Use move_step to change a step's position.")
    unknown = sorted(set(changes) - _EDITABLE)
    if unknown:
        raise PlanInvalid(
            f"A step has no field {', '.join(unknown)}; change title_en, title_zh, role, due_offset or code."
        )
    steps = list(template.steps)
    index = _position(template, order)
    steps[index] = replace(steps[index], **changes)
    return _renumbered(template, steps)


# --- the default templates -----------------------------------------------------------------------

_R = CrisisRole


def _minutes(value: int) -> timedelta:
    return timedelta(minutes=value)


def _hours(value: int) -> timedelta:
    return timedelta(hours=value)


def _days(value: int) -> timedelta:
    return timedelta(days=value)


# (code, English, Traditional Chinese, role, due offset)
_Spec = tuple[str, str, str, CrisisRole, timedelta]

ACTIVATION_STEPS: tuple[_Spec, ...] = (
    (
        "confirm_event",
        "Confirm the event through more than one channel (phone, message, in person) before acting on it",
        "透過多重管道(電話、訊息、當面)確認事件屬實,避免未經證實的消息擴散",
        _R.CRISIS_LEAD,
        _minutes(30),
    ),
    (
        "activate_plan",
        "Activate this response plan and assign a person to every step",
        "啟動相應的應急預案,並為每個步驟指派負責人",
        _R.CRISIS_LEAD,
        _hours(1),
    ),
    (
        "notify_key_people",
        "Notify the key people: crisis team, executives and other staff concerned, each told their role",
        "通知關鍵人員:危機管理團隊、高層管理者及相關人員,並確認各自的角色與職責",
        _R.CRISIS_LEAD,
        _hours(1),
    ),
    (
        "first_assessment_statement",
        "First assessment (severity, potential impact, resources needed) and a first statement that promises updates",
        "初步評估(嚴重程度、潛在影響、所需資源),並發布初步聲明,承諾提供後續更新",
        _R.CRISIS_LEAD,
        _hours(2),
    ),
)
"""The first four steps on activation (seed 002), at the start of every default template."""

ACTIVATION_STEP_CODES: tuple[str, ...] = tuple(spec[0] for spec in ACTIVATION_STEPS)


def _review(offset: timedelta) -> _Spec:
    return (
        "review",
        "Review: summary report, root-cause analysis, lessons learned, corrective actions with owners and due dates, plan revisions",
        "總結與改進:撰寫總結報告、分析根本原因、總結經驗教訓、訂定改進措施(含負責人與期限)、修訂應急預案",
        _R.CRISIS_LEAD,
        offset,
    )


def _internal_notice(offset: timedelta) -> _Spec:
    return (
        "internal_notice",
        "Internal notice to staff: what happened, the support available and whom to ask",
        "向內部員工發布通知:事件經過、可提供的支援及聯絡窗口",
        _R.HR,
        offset,
    )


def _external_voice(offset: timedelta) -> _Spec:
    return (
        "external_voice",
        "One external voice: a single spokesperson and an approved external statement",
        "統一對外口徑:指定單一發言人並核定對外聲明",
        _R.PR,
        offset,
    )


def _regulator_clock(offset: timedelta) -> _Spec:
    return (
        "regulator_clock",
        "Check the regulator-notification clock (72 h from awareness by default) and decide on notice with legal",
        "核對主管機關通報時限(預設為知悉後 72 小時),並與法務決定是否及如何通報",
        _R.LEGAL,
        offset,
    )


_CATEGORY_STEPS: dict[str, tuple[_Spec, ...]] = {
    "privacy_leak": (
        (
            "identify_source",
            "Identify the source of the leak: insider, weak internal control, system flaw or external attack",
            "識別泄露源:內部人員、內控缺失、系統漏洞或外部攻擊",
            _R.IT_SECURITY,
            _hours(4),
        ),
        (
            "contain",
            "Contain the leak: revoke the access used, close the hole, restore altered data from backup",
            "控制泄露:撤銷被利用的存取權限、修補漏洞,必要時由備份恢復資料",
            _R.IT_SECURITY,
            _hours(6),
        ),
        (
            "preserve_evidence",
            "Preserve evidence before systems are changed: logs and files with SHA-256 hashes and a chain of custody",
            "在系統變更前保全法律證據:日誌與檔案附 SHA-256 雜湊值,並建立保管鏈紀錄",
            _R.LEGAL,
            _hours(6),
        ),
        (
            "audit_logs",
            "Security audit: who viewed or exported the records, and harden the weaknesses found",
            "安全審計:查明誰查看或匯出了紀錄,並加固所發現的弱點",
            _R.IT_SECURITY,
            _hours(48),
        ),
        _regulator_clock(_hours(24)),
        (
            "notify_affected_employees",
            "Notify the affected employees: the facts, an apology, the risk to them, the measures taken and the hotline",
            "通知受影響員工:事實經過、致歉、對其可能的風險、已採取的措施及專線",
            _R.HR,
            _hours(24),
        ),
        _external_voice(_hours(24)),
        (
            "hotline",
            "Open a hotline and mailbox for affected employees, answered by counsellors and HR",
            "設立專線電話與電子信箱,由心理諮詢師與人力資源部門共同回應受影響員工",
            _R.COUNSELLOR,
            _hours(24),
        ),
        (
            "compliance_check",
            "Compliance check against data-protection law and internal policy, and a fresh risk assessment",
            "依個人資料保護法規及內部政策進行合規性檢查,並重新進行風險評估",
            _R.LEGAL,
            _days(7),
        ),
        _review(_days(30)),
    ),
    "psychological_crisis": (
        (
            "safety_assessment",
            "Immediate safety assessment: is the person safe now? If in danger, stay with them and call emergency services",
            "立即進行安全評估:當事人此刻是否安全?如有即時危險,應陪同並聯絡緊急救援",
            _R.COUNSELLOR,
            _minutes(30),
        ),
        (
            "emergency_contact",
            "Contact the emergency contact only if the employee has authorised it, and record the authorisation",
            "僅在員工授權後聯絡其緊急聯絡人,並記錄授權內容",
            _R.COUNSELLOR,
            _hours(2),
        ),
        (
            "screening",
            "Screen with PHQ-9 / GAD-7 when appropriate and check the red-alert signals",
            "視情況以 PHQ-9/GAD-7 進行篩查,並檢查紅色預警訊號",
            _R.COUNSELLOR,
            _hours(24),
        ),
        (
            "contact_24h",
            "Support contact with the employee within 24 hours",
            "危機後 24 小時內與當事人聯繫並提供心理支持",
            _R.COUNSELLOR,
            _hours(24),
        ),
        (
            "work_adjustment",
            "Agree work adjustments with HR, with the employee's consent and without clinical details",
            "經當事人同意,與人力資源部門商定工作調整,不透露臨床細節",
            _R.HR,
            _days(3),
        ),
        (
            "tracking_1w",
            "Track the employee's state within one week",
            "一週內進行情緒追蹤",
            _R.COUNSELLOR,
            _days(7),
        ),
        (
            "recovery_plan_1m",
            "Recovery plan agreed with the employee within one month",
            "一個月內與當事人共同制定康復計劃",
            _R.COUNSELLOR,
            _days(30),
        ),
        _review(_days(35)),
    ),
    "critical_event": (
        (
            "staff_safety",
            "Make sure everyone is safe; where there was violence, involve security and the police and secure the site",
            "確保所有人員安全;如涉及暴力,通報保全與警方並保護現場",
            _R.CRISIS_LEAD,
            _hours(1),
        ),
        (
            "psychological_first_aid",
            "Psychological first aid for those directly affected (look, listen, link)",
            "為直接受影響者提供心理急救(觀察、傾聽、連結)",
            _R.COUNSELLOR,
            _hours(8),
        ),
        (
            "family_liaison",
            "Name one person to liaise with the families concerned (for a death: the bereaved family)",
            "指定專人與相關家屬聯繫(如有同事離世,聯繫其家屬)",
            _R.HR,
            _hours(24),
        ),
        _internal_notice(_hours(24)),
        _external_voice(_hours(24)),
        (
            "group_debriefing",
            "Group debriefing / support session for the affected team",
            "為受影響團隊舉辦團體減壓座談(團體輔導)",
            _R.COUNSELLOR,
            _hours(72),
        ),
        (
            "identify_at_risk",
            "Identify employees at higher risk and offer them individual counselling",
            "識別高風險員工,並提供個別心理諮詢",
            _R.COUNSELLOR,
            _hours(72),
        ),
        (
            "manager_briefing",
            "Brief line managers on how to support their teams and where to refer people",
            "向各級主管說明如何支持團隊成員及轉介管道",
            _R.HR,
            _days(3),
        ),
        (
            "follow_up_1w",
            "Follow up with affected staff within one week",
            "一週內追蹤受影響員工的狀況",
            _R.COUNSELLOR,
            _days(7),
        ),
        (
            "follow_up_1m",
            "Follow up with affected staff within one month; plan longer support where needed",
            "一個月內再次追蹤受影響員工,視需要安排長期支持",
            _R.COUNSELLOR,
            _days(30),
        ),
        _review(_days(35)),
    ),
    "workplace_accident": (
        (
            "first_aid",
            "First aid and emergency services for the injured; make the scene safe and keep it as it is",
            "為傷者提供急救並聯絡緊急救援;確保現場安全並保持原狀",
            _R.CRISIS_LEAD,
            _hours(1),
        ),
        (
            "inform_family",
            "Inform the injured employee's family, with their consent where possible",
            "通知受傷員工家屬(盡可能先取得本人同意)",
            _R.HR,
            _hours(4),
        ),
        (
            "preserve_evidence",
            "Preserve evidence: photographs, witness statements, equipment records, with hashes and a chain of custody",
            "保全證據:現場照片、證人陳述、設備紀錄,附雜湊值並建立保管鏈紀錄",
            _R.LEGAL,
            _hours(24),
        ),
        (
            "statutory_report",
            "Check and make the statutory accident reports (labour inspection, insurer)",
            "確認並完成法定職災通報(勞動檢查機構、保險公司)",
            _R.LEGAL,
            _hours(24),
        ),
        (
            "psychological_first_aid",
            "Psychological first aid for witnesses and colleagues",
            "為目擊者及同事提供心理急救",
            _R.COUNSELLOR,
            _hours(24),
        ),
        _internal_notice(_hours(24)),
        (
            "investigation",
            "Investigate how the accident happened and put interim safety measures in place",
            "調查事故經過,並採取臨時安全措施",
            _R.CRISIS_LEAD,
            _hours(72),
        ),
        _review(_days(30)),
    ),
    "cyber_security": (
        (
            "isolate",
            "Isolate the affected systems from the network (do not switch them off) to stop the spread",
            "將受影響系統與網路隔離(勿關機),以阻止擴散",
            _R.IT_SECURITY,
            _hours(1),
        ),
        (
            "forensics",
            "IT forensics: image the affected systems, collect logs with SHA-256 hashes, start the chain of custody",
            "資安鑑識:製作受影響系統映像,收集日誌並附 SHA-256 雜湊值,建立保管鏈紀錄",
            _R.IT_SECURITY,
            _hours(8),
        ),
        (
            "scope",
            "Establish the scope: which systems, and whether personal or counselling data was reached (if so, also run the privacy-leak plan)",
            "確認影響範圍:涉及哪些系統,是否觸及個人或心理諮詢資料(如是,同時啟動隱私泄露預案)",
            _R.IT_SECURITY,
            _hours(24),
        ),
        _regulator_clock(_hours(24)),
        _internal_notice(_hours(24)),
        _external_voice(_hours(24)),
        (
            "credentials_patch",
            "Reset compromised credentials and patch the weakness that was used",
            "重設外洩的帳號憑證,並修補被利用的弱點",
            _R.IT_SECURITY,
            _hours(48),
        ),
        (
            "restore",
            "Restore services from clean, verified backups and watch for re-infection",
            "由乾淨且經驗證的備份恢復服務,並監控是否再次感染",
            _R.IT_SECURITY,
            _hours(72),
        ),
        _review(_days(30)),
    ),
    "public_health": (
        (
            "authority_guidance",
            "Follow the public-health authority's guidance and check reporting duties",
            "遵循衛生主管機關指引,並確認通報義務",
            _R.CRISIS_LEAD,
            _hours(4),
        ),
        (
            "protective_measures",
            "Protective measures: hygiene, isolation of cases, remote work where possible",
            "防護措施:加強衛生、隔離個案、可行時改為遠距辦公",
            _R.HR,
            _hours(8),
        ),
        _internal_notice(_hours(24)),
        (
            "support_affected",
            "Support affected employees (leave, pay) and keep their health data confidential",
            "支持受影響員工(請假、薪資),並對其健康資料保密",
            _R.HR,
            _hours(24),
        ),
        (
            "continuity",
            "Business continuity: cover critical roles and services",
            "業務持續:確保關鍵職務與服務有人接替",
            _R.EXECUTIVE,
            _hours(24),
        ),
        _external_voice(_hours(24)),
        (
            "counselling",
            "Counselling support for anxious employees and their families",
            "為感到焦慮的員工及其家屬提供心理支持",
            _R.COUNSELLOR,
            _hours(48),
        ),
        _review(_days(30)),
    ),
    "natural_disaster": (
        (
            "account_for_staff",
            "Account for every employee (roll call) and confirm they are safe",
            "清點全體員工並確認其安全",
            _R.HR,
            _hours(2),
        ),
        (
            "site_safety",
            "Check the sites are safe before anyone returns; arrange alternative workplaces",
            "人員返回前確認工作場所安全,並安排替代工作地點",
            _R.CRISIS_LEAD,
            _hours(24),
        ),
        _internal_notice(_hours(24)),
        (
            "continuity",
            "Business continuity: critical services, suppliers, remote work",
            "業務持續:關鍵服務、供應商、遠距辦公安排",
            _R.EXECUTIVE,
            _hours(24),
        ),
        _external_voice(_hours(24)),
        (
            "practical_support",
            "Practical support for affected employees: housing, leave, emergency funds",
            "為受災員工提供實際協助:住宿、假別、緊急補助",
            _R.HR,
            _hours(48),
        ),
        (
            "psychological_first_aid",
            "Psychological first aid and counselling for affected employees",
            "為受災員工提供心理急救與心理諮詢",
            _R.COUNSELLOR,
            _hours(72),
        ),
        _review(_days(30)),
    ),
    "supply_chain": (
        (
            "impact_assessment",
            "Assess which products, services and customers are affected, and for how long",
            "評估受影響的產品、服務與客戶,以及影響持續時間",
            _R.CRISIS_LEAD,
            _hours(8),
        ),
        (
            "alternatives",
            "Activate alternative suppliers or stock and prioritise critical orders",
            "啟用替代供應商或庫存,並優先處理關鍵訂單",
            _R.EXECUTIVE,
            _hours(24),
        ),
        (
            "customers",
            "Inform customers and partners with one consistent message",
            "以統一口徑通知客戶與合作夥伴",
            _R.PR,
            _hours(24),
        ),
        (
            "contracts",
            "Review contracts: force majeure, penalties, notice duties",
            "檢視合約:不可抗力條款、違約責任、通知義務",
            _R.LEGAL,
            _hours(48),
        ),
        (
            "staff_changes",
            "Tell affected staff what changes for them (shifts, workload)",
            "告知受影響員工工作安排的變動(班次、工作量)",
            _R.HR,
            _hours(48),
        ),
        _review(_days(30)),
    ),
    "reputation": (
        (
            "monitor_media",
            "Monitor news and social media and log what is being said",
            "監測新聞與社群媒體輿情並記錄",
            _R.PR,
            _hours(2),
        ),
        (
            "verify_facts",
            "Establish the facts behind the story before responding",
            "回應前先查證事實",
            _R.CRISIS_LEAD,
            _hours(4),
        ),
        _external_voice(_hours(4)),
        (
            "legal_review",
            "Legal review of statements and of any defamation or disclosure issue",
            "法務審閱對外聲明,並評估誹謗或資訊揭露問題",
            _R.LEGAL,
            _hours(8),
        ),
        (
            "staff_briefing",
            "Brief staff: what happened and to refer any enquiry to the spokesperson",
            "向員工說明事件經過,並請其將外界詢問轉介發言人",
            _R.HR,
            _hours(24),
        ),
        (
            "stakeholders",
            "Executive contact with key stakeholders (clients, partners, board)",
            "由高層主管聯繫重要利害關係人(客戶、合作夥伴、董事會)",
            _R.EXECUTIVE,
            _hours(48),
        ),
        (
            "employee_support",
            "Support employees targeted by or distressed by the coverage",
            "支持遭受輿論波及或因此感到困擾的員工",
            _R.COUNSELLOR,
            _hours(72),
        ),
        _review(_days(30)),
    ),
}


def _build(category: str, specs: Sequence[_Spec]) -> PlanTemplate:
    steps = [
        PlanStep(order=number, title_en=en, title_zh=zh, role=role, due_offset=offset, code=code)
        for number, (code, en, zh, role, offset) in enumerate([*ACTIVATION_STEPS, *specs], start=1)
    ]
    return PlanTemplate(category=category, grade=None, steps=tuple(steps))


DEFAULT_TEMPLATES: tuple[PlanTemplate, ...] = tuple(
    _build(category, _CATEGORY_STEPS[category]) for category in CATEGORY_CODES
)
"""One all-grades template per category; admins copy and edit them, or add grade-specific ones."""
