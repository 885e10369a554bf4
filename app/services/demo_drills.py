"""The demo drill programme: a year of drills of every type, what they found and what was done about it.

Background 002 asks an EAP office to rehearse its crisis notification system with tabletop,
simulation, full-scale and surprise drills, and to learn from each. The demo gives about a year of
them before ``now`` and a few planned for the coming three months:

* a quarterly tabletop series on the notification call tree (planned once as a recurring series,
  ``DrillService.create_series``), whose past quarters were held and whose next two are planned;
* a counselling-data-leak simulation, a counsellor suicide-risk tabletop, a ransomware and a
  hotline-vendor simulation, a layoffs tabletop, a critical-incident full-scale exercise at the
  Shenzhen plant, three unannounced after-hours call-outs, one full-scale exercise cancelled
  because the team was busy with a real incident;
* in the future: the next series tabletops, an earthquake full-scale exercise, a video-counselling
  simulation and a surprise call-out that only admins can see until it starts.

Each past drill is run as the run-drill screen runs it: started, the alert sent along the call tree
(first ring with the alert, later rings a few minutes after), every acknowledgement stamped,
ended, rated per objective, then its findings and corrective actions recorded at the after-action
review a day or two later. The acknowledgement times are drawn against the office's target for the
scenario's grade, so some drills meet it and some miss it; in one call-out the legal on-call never
answers (the finding the drill was for). Corrective actions age as real ones do: most of the old
ones are done, a few are overdue, the recent ones are open. Participants are the rota's members
(``fill_demo_oncall``) by crisis role; the call-outs reach whoever was on call at the alert.
Drills exercise demo risks (``fill_demo_risks``), found by title; without them nothing is linked.

Everything goes through ``workspace.drills`` (each step back-dated with ``now=`` and audited, as
``demo_records`` does) so every rule is enforced. Texts are in English or in Chinese, one language
per drill as the other demo data mixes them. Each drill draws from its own ``random.Random`` named
for the seed, so one seed and one ``now`` give the same programme.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.domain.case_review import ActionStatus
from app.domain.crisis_roles import CrisisRole
from app.domain.drills import (
    DrillInput,
    DrillType,
    FindingArea,
    FindingSeverity,
    ObjectiveResult,
    Participant,
)
from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory
from app.domain.recurrence import Frequency, NthWeekday, RecurrenceRule, Weekday
from app.services.drill_views import DrillView
from app.services.session import Session
from app.services.workspace import Workspace

Text2 = tuple[str, str]  # (English, Chinese)
ZONE = "Asia/Taipei"
_TZ = ZoneInfo(ZONE)
_ENGLISH_SHARE = 0.5
SERIES_MONTHS_BACK = 12
SERIES_DAYS_AHEAD = 91  # the series is planned up to a quarter ahead of ``now``
MINUTES_MIN = 60  # a drill runs one to four hours
MINUTES_MAX = 240

_R = CrisisRole
_T = DrillType
_S = FindingSeverity
_A = FindingArea
_MET, _PARTLY, _NOT = ObjectiveResult.MET, ObjectiveResult.PARTLY_MET, ObjectiveResult.NOT_MET

# Fates of a corrective action: "auto" ages it by its due date (old ones mostly done, some overdue).
_AUTO, _DONE, _OPEN, _WORKING = "auto", "done", "open", "in_progress"
# How fast a participant acknowledges, against the target of the scenario's grade.
_FAST, _LATE, _NEVER = "fast", "late", "never"

_DEPARTMENTS: dict[CrisisRole, Text2] = {
    _R.CRISIS_LEAD: ("EAP office", "員工協助中心"),
    _R.COUNSELLOR: ("EAP office", "員工協助中心"),
    _R.HR: ("Human resources", "人力資源部"),
    _R.IT_SECURITY: ("Information security", "資訊安全部"),
    _R.LEGAL: ("Legal affairs", "法務部"),
    _R.PR: ("Corporate communications", "企業公關部"),
    _R.EXECUTIVE: ("Executive office", "總經理室"),
}
_SHENZHEN: Text2 = ("Shenzhen plant", "深圳厂区")


@dataclass(frozen=True, slots=True)
class _Seat:
    """One participant: a crisis role (its holder is drawn from the rota) or a post in a department."""

    role: CrisisRole | None
    wave: int = 0  # 0: called with the alert; 1, 2: later rings of the call tree
    pace: str = _FAST
    department: Text2 | None = None  # default: the role's department
    post: Text2 | None = None  # the label of a participant who is not on the rota


@dataclass(frozen=True, slots=True)
class _Action:
    title: Text2
    owner: CrisisRole | None  # None: the office lead's own account
    due_days: int  # after the after-action review
    fate: str = _AUTO


@dataclass(frozen=True, slots=True)
class _Finding:
    severity: FindingSeverity
    area: FindingArea
    text: Text2
    actions: tuple[_Action, ...] = ()


@dataclass(frozen=True, slots=True)
class _Run:
    """How a held drill went: each seat's pace (None: as planned), each objective's result, findings."""

    results: tuple[ObjectiveResult, ...]
    findings: tuple[_Finding, ...]
    paces: dict[CrisisRole, str] | None = None


@dataclass(frozen=True, slots=True)
class _Plan:
    drill_type: DrillType
    title: Text2
    scenario: Text2
    category: IncidentCategory | None
    grade: Grade | None
    objectives: tuple[Text2, ...]
    seats: tuple[_Seat, ...]
    day: int  # days from today in Taipei (negative: in the past)
    local_start: time
    minutes: int
    key_roles: tuple[CrisisRole, ...] = ()
    risks: tuple[Text2, ...] = ()  # demo risks exercised, by title (either language)
    run: _Run | None = None  # None: still planned (or cancelled)
    cancel: Text2 | None = None
    weekday: int | None = None  # the drill falls on this weekday (call-outs); default a working day
    on_call: bool = False  # the participants are whoever is on call at the alert
    later_risk: Text2 | None = None  # linked at the after-action review (``link_risk``)


# -- the quarterly call-tree tabletop series ----------------------------------------------------------

_SERIES = _Plan(
    drill_type=_T.TABLETOP,
    title=(
        "Quarterly call-tree tabletop: a counselling record leaks overnight",
        "季度桌面推演：夜間諮詢記錄外洩通報演練",
    ),
    scenario=(
        "At 02:10 the IT security on-call sees a bulk export of counselling notes from the case "
        "system to an unknown address. The team walks the notification call tree from the first "
        "alert to the crisis lead, the duty counsellor, HR, legal and PR, decides the leak tier and "
        "agrees the first internal statement.",
        "凌晨02:10，資訊安全值班人員發現個案系統有大量諮詢筆記被匯出至不明地址。團隊依通報聯絡網逐級"
        "演練：從第一通警報到危機處理負責人、值班心理諮詢師、人資、法務與公關，判定外洩等級並議定第一份"
        "內部說明。",
    ),
    category=IncidentCategory.PRIVACY_LEAK,
    grade=Grade.II,
    objectives=(
        (
            "Everyone on the call tree acknowledges within the grade II target (1 hour)",
            "通報聯絡網上的每個人都在二級目標時限（1小時）內確認收到警報",
        ),
        (
            "The call tree reaches the crisis lead before anyone else is briefed",
            "通報聯絡網先聯繫到危機處理負責人，再向其他人說明",
        ),
        (
            "A first internal statement is agreed before the end of the session",
            "演練結束前議定第一份內部說明",
        ),
        (
            "The regulator-notification clock (72 hours) is started and has an owner",
            "啟動主管機關通報時鐘（72小時）並指定負責人",
        ),
    ),
    seats=(
        _Seat(_R.CRISIS_LEAD),
        _Seat(_R.IT_SECURITY),
        _Seat(_R.COUNSELLOR),
        _Seat(_R.HR, wave=1),
        _Seat(_R.LEGAL, wave=1),
        _Seat(_R.PR, wave=2),
        _Seat(_R.EXECUTIVE, wave=2),
    ),
    day=0,
    local_start=time(10, 0),
    minutes=120,
    key_roles=(_R.CRISIS_LEAD, _R.IT_SECURITY, _R.LEGAL),
    risks=(
        ("Counselling record sent to the wrong e-mail recipient", "諮詢記錄經電郵誤發給錯誤收件人"),
        ("Insider browsing of counselling records", "內部人員無故瀏覽心理諮詢記錄"),
    ),
)

# One run per held quarter, oldest first (cycled if more quarters have passed).
_SERIES_RUNS: tuple[_Run, ...] = (
    _Run(
        results=(_MET, _MET, _PARTLY, _NOT),
        findings=(
            _Finding(
                _S.MEDIUM,
                _A.COMMUNICATION,
                (
                    "The call tree still listed the former PR manager's mobile; PR was reached through "
                    "the switchboard 12 minutes late.",
                    "通報聯絡網仍列著前任公關經理的手機，公關部經總機轉接，晚了12分鐘才聯繫上。",
                ),
                (
                    _Action(
                        (
                            "Check every number on the call tree against the on-call rota each month",
                            "每月核對通報聯絡網上的每個號碼與值班表是否一致",
                        ),
                        _R.CRISIS_LEAD,
                        30,
                        _DONE,
                    ),
                ),
            ),
            _Finding(
                _S.HIGH,
                _A.PROCESS,
                (
                    "Nobody was named to start the 72-hour regulator clock: legal assumed IT would, "
                    "IT assumed legal would.",
                    "沒有人被指定啟動72小時主管機關通報時鐘：法務以為資訊部會處理，資訊部以為法務會處理。",
                ),
                (
                    _Action(
                        (
                            "Name the legal on-call as owner of the regulator clock in the privacy-leak plan",
                            "於隱私外洩應變計畫中指定法務值班人員為主管機關通報時鐘負責人",
                        ),
                        _R.LEGAL,
                        21,
                        _DONE,
                    ),
                ),
            ),
        ),
    ),
    _Run(
        results=(_NOT, _MET, _MET, _MET),
        paces={_R.HR: _LATE},
        findings=(
            _Finding(
                _S.HIGH,
                _A.PEOPLE,
                (
                    "The HR on-call was in a meeting with the phone on silent and acknowledged well after "
                    "the one-hour target.",
                    "人資值班人員開會時手機靜音，遠超過1小時目標才確認收到警報。",
                ),
                (
                    _Action(
                        (
                            "Give the HR on-call a second contact (desk phone forwarded to mobile)",
                            "為人資值班人員增設第二聯絡方式（辦公室電話轉接手機）",
                        ),
                        _R.HR,
                        14,
                        _DONE,
                    ),
                ),
            ),
            _Finding(
                _S.LOW,
                _A.TOOLS,
                (
                    "The conference-bridge PIN in the plan had expired.",
                    "應變計畫中的電話會議密碼已過期。",
                ),
                (
                    _Action(
                        (
                            "Replace the bridge PIN with a standing crisis bridge",
                            "以常設的危機電話會議取代臨時會議密碼",
                        ),
                        _R.IT_SECURITY,
                        30,
                    ),
                ),
            ),
        ),
    ),
    _Run(
        results=(_MET, _MET, _MET, _PARTLY),
        findings=(
            _Finding(
                _S.MEDIUM,
                _A.COMMUNICATION,
                (
                    "The first statement draft named the department of the affected employees, which "
                    "would have identified them.",
                    "第一份說明草稿提到受影響員工的部門，可能因此識別出當事人。",
                ),
                (
                    _Action(
                        (
                            "Add a de-identification check to the internal statement template",
                            "在內部說明範本加入去識別化檢查",
                        ),
                        _R.PR,
                        21,
                    ),
                ),
            ),
        ),
    ),
    _Run(
        results=(_MET, _MET, _MET, _MET),
        findings=(
            _Finding(
                _S.LOW,
                _A.TOOLS,
                (
                    "The printed call tree in the crisis binder was two versions old.",
                    "危機資料夾中的紙本通報聯絡網落後兩個版本。",
                ),
                (
                    _Action(
                        (
                            "Reprint the call tree for the crisis binder after every rota change",
                            "每次值班表變更後重新列印危機資料夾中的通報聯絡網",
                        ),
                        _R.CRISIS_LEAD,
                        14,
                    ),
                ),
            ),
        ),
    ),
    _Run(
        results=(_PARTLY, _MET, _MET, _MET),
        paces={_R.LEGAL: _LATE},
        findings=(
            _Finding(
                _S.MEDIUM,
                _A.PEOPLE,
                (
                    "The new legal counsel had not been briefed on the drill programme and did not know "
                    "the acknowledgement target.",
                    "新任法務顧問未曾接受演練計畫說明，不清楚確認時限目標。",
                ),
                (
                    _Action(
                        (
                            "Brief every new rota member on the acknowledgement targets in their first week",
                            "新加入值班的成員於第一週內接受確認時限說明",
                        ),
                        _R.CRISIS_LEAD,
                        30,
                    ),
                ),
            ),
        ),
    ),
)

# Added to the next planned quarter: the check the last night call-out asked for (bridge admission).
_SERIES_EXTRA_OBJECTIVE: Text2 = (
    "Everyone joins the standing crisis bridge from a registered mobile, without being let in by hand",
    "每位參與者以已登記的手機加入常設危機電話會議，無須主持人手動放行",
)


# -- the other drills, oldest first ---------------------------------------------------------------------

_PLANS: tuple[_Plan, ...] = (
    _Plan(
        drill_type=_T.SIMULATION,
        title=(
            "Simulation: counselling notes e-mailed to the wrong recipient",
            "模擬演練：諮詢筆記誤寄給錯誤收件人",
        ),
        scenario=(
            "Injects over three hours: a counsellor's mail auto-complete sends a referral letter with "
            "session notes to a namesake at the Shenzhen plant; the recipient forwards it to his "
            "manager; a journalist calls PR asking about 'leaked therapy notes'. The team contains the "
            "leak, decides its tier and drafts the notice to the affected employee.",
            "三小時內依序投放情境：心理諮詢師因郵件自動補全，將附有晤談筆記的轉介信寄給深圳廠區一位同名"
            "同事；收件人轉寄給主管；記者致電公關部詢問「外洩的諮詢筆記」。團隊須控制外洩、判定外洩等級，"
            "並草擬給當事員工的通知。",
        ),
        category=IncidentCategory.PRIVACY_LEAK,
        grade=Grade.II,
        objectives=(
            ("The leak is confirmed through two channels within 30 minutes", "30分鐘內經兩個管道確認外洩"),
            (
                "The mail is recalled and the recipients' copies deleted before a witness",
                "撤回郵件，並在見證下刪除收件人持有的副本",
            ),
            ("The leak tier is decided and recorded with its reasons", "判定外洩等級並記錄理由"),
            (
                "The notice to the affected employee is drafted within the session",
                "演練期間完成給當事員工的通知草稿",
            ),
        ),
        seats=(
            _Seat(_R.CRISIS_LEAD),
            _Seat(_R.COUNSELLOR),
            _Seat(_R.IT_SECURITY),
            _Seat(_R.LEGAL, wave=1, pace=_LATE),
            _Seat(_R.PR, wave=1),
            _Seat(_R.HR, wave=2),
        ),
        day=-300,
        local_start=time(9, 30),
        minutes=180,
        key_roles=(_R.CRISIS_LEAD, _R.IT_SECURITY, _R.LEGAL),
        risks=(
            ("Counselling record sent to the wrong e-mail recipient", "諮詢記錄經電郵誤發給錯誤收件人"),
            ("Regulator inquiry after a privacy complaint", "隱私投訴引發主管機關調查"),
        ),
        later_risk=("Social-media claims that the EAP leaks secrets", "社交媒体指称EAP泄露秘密"),
        run=_Run(
            results=(_PARTLY, _MET, _MET, _NOT),
            findings=(
                _Finding(
                    _S.HIGH,
                    _A.PROCESS,
                    (
                        "The privacy-leak plan does not say who decides the leak tier; twenty minutes went "
                        "on the question.",
                        "隱私外洩應變計畫未規定由誰判定外洩等級，團隊為此花了二十分鐘。",
                    ),
                    (
                        _Action(
                            (
                                "Make the tier decision (crisis lead, with legal) step 3 of the privacy-leak plan",
                                "將外洩等級判定（危機處理負責人會同法務）列為隱私外洩應變計畫第3步",
                            ),
                            _R.CRISIS_LEAD,
                            30,
                            _DONE,
                        ),
                    ),
                ),
                _Finding(
                    _S.HIGH,
                    _A.PEOPLE,
                    (
                        "The legal on-call acknowledged long after the target: the alert went to a shared "
                        "mailbox nobody watches on Monday mornings.",
                        "法務值班人員遠超過目標時限才確認：警報寄到週一早上無人查看的共用信箱。",
                    ),
                    (
                        _Action(
                            (
                                "Send legal alerts to the on-call's mobile, not the shared mailbox",
                                "法務警報改發至值班人員手機，不再寄至共用信箱",
                            ),
                            _R.LEGAL,
                            14,
                            _DONE,
                        ),
                        _Action(
                            (
                                "Test the legal alert path in the next quarterly tabletop",
                                "於下次季度桌面推演測試法務警報路徑",
                            ),
                            _R.CRISIS_LEAD,
                            90,
                            _DONE,
                        ),
                    ),
                ),
                _Finding(
                    _S.MEDIUM,
                    _A.COMMUNICATION,
                    (
                        "The notice to the affected employee was not ready: there is no approved wording "
                        "for the apology.",
                        "給當事員工的通知未能完成：目前沒有經核准的道歉措辭。",
                    ),
                    (
                        _Action(
                            (
                                "Write and approve an apology paragraph for the affected-employee notice",
                                "撰寫並核准當事員工通知中的道歉段落",
                            ),
                            _R.PR,
                            45,
                            _WORKING,
                        ),
                    ),
                ),
                _Finding(
                    _S.LOW,
                    _A.TOOLS,
                    (
                        "Mail recall worked only for internal recipients; the forward outside the company "
                        "could not be recalled.",
                        "郵件撤回只對內部收件人有效，轉寄到公司外部的郵件無法撤回。",
                    ),
                    (
                        _Action(
                            (
                                "Add a two-minute send delay to the EAP mailbox",
                                "為員工協助信箱設定兩分鐘延遲寄送",
                            ),
                            _R.IT_SECURITY,
                            60,
                            _DONE,
                        ),
                    ),
                ),
            ),
        ),
    ),
    _Plan(
        drill_type=_T.TABLETOP,
        title=(
            "Tabletop: an employee discloses a suicide plan in a session",
            "桌面推演：員工於晤談中透露自殺計畫",
        ),
        scenario=(
            "During an evening video session an employee of the Kaohsiung warehouse tells the counsellor "
            "he has a plan and the means, then ends the call. The team works through the risk "
            "assessment, whether to contact the emergency contact with or without recorded "
            "authorisation, calling emergency services, and the 24-hour, one-week and one-month "
            "follow-ups.",
            "晚間視訊晤談中，高雄倉庫一名員工向心理諮詢師表示已有自殺計畫與工具，隨即掛斷。團隊逐步討論："
            "風險評估、在有或沒有書面授權時是否聯繫緊急聯絡人、通報119，以及24小時、一週與一個月的後續追蹤。",
        ),
        category=IncidentCategory.PSYCHOLOGICAL_CRISIS,
        grade=Grade.I,
        objectives=(
            (
                "The duty counsellor reaches the crisis lead within 15 minutes",
                "值班心理諮詢師於15分鐘內聯繫到危機處理負責人",
            ),
            (
                "The team applies the emergency-contact authorisation rule correctly",
                "團隊正確運用緊急聯絡人授權規則",
            ),
            (
                "Follow-ups at 24 hours, one week and one month are assigned",
                "指派24小時、一週及一個月的追蹤任務",
            ),
        ),
        seats=(
            _Seat(_R.COUNSELLOR),
            _Seat(_R.CRISIS_LEAD),
            _Seat(_R.HR, wave=1),
            _Seat(_R.LEGAL, wave=1),
            _Seat(
                None,
                wave=1,
                department=("Kaohsiung warehouse", "高雄倉庫"),
                post=("Occupational health nurse", "職業健康護士"),
            ),
        ),
        day=-250,
        local_start=time(14, 0),
        minutes=120,
        key_roles=(_R.COUNSELLOR, _R.CRISIS_LEAD),
        risks=(
            ("Suicide contagion after a death in the workforce", "员工自杀事件后的模仿效应"),
            ("Night-shift workers cannot reach counselling", "夜班同仁無法在辦公時間接受諮詢"),
        ),
        run=_Run(
            results=(_MET, _PARTLY, _MET),
            findings=(
                _Finding(
                    _S.HIGH,
                    _A.PROCESS,
                    (
                        "Two counsellors disagreed on whether imminent risk overrides a missing authorisation "
                        "to call the emergency contact; the protocol is silent on it.",
                        "兩位心理諮詢師對「立即危險是否可在未獲授權時聯繫緊急聯絡人」意見分歧，現行規範未有說明。",
                    ),
                    (
                        _Action(
                            (
                                "Add the imminent-risk exception, in legal's wording, to the emergency-contact protocol",
                                "依法務措辭，在緊急聯絡人規範中加入立即危險的例外條款",
                            ),
                            _R.LEGAL,
                            30,
                            _DONE,
                        ),
                    ),
                ),
                _Finding(
                    _S.MEDIUM,
                    _A.PEOPLE,
                    (
                        "The newest counsellor had not yet done the suicide-risk assessment refresher.",
                        "最新到職的心理諮詢師尚未完成自殺風險評估複訓。",
                    ),
                    (
                        _Action(
                            (
                                "Book the refresher for every counsellor who joined this year",
                                "為今年到職的所有心理諮詢師安排複訓",
                            ),
                            _R.CRISIS_LEAD,
                            45,
                            _DONE,
                        ),
                    ),
                ),
                _Finding(
                    _S.LOW,
                    _A.COMMUNICATION,
                    (
                        "The warehouse night supervisor's number was missing from the site contact sheet.",
                        "倉庫夜班主管的電話不在廠區聯絡表上。",
                    ),
                    (
                        _Action(
                            (
                                "Add the night supervisors to every site contact sheet",
                                "將各廠區夜班主管加入聯絡表",
                            ),
                            _R.HR,
                            21,
                        ),
                    ),
                ),
            ),
        ),
    ),
    _Plan(
        drill_type=_T.SURPRISE,
        title=(
            "Surprise call-out: after-hours alert to the on-call team",
            "突擊演練：下班時間緊急召集值班團隊",
        ),
        scenario=(
            "Unannounced at 21:40: the on-call crisis lead receives 'colleague collapsed on the "
            "production line at the Shenzhen plant, his team is distressed'. Every on-call member is "
            "called in turn and asked only to acknowledge, say where they are and how soon they can "
            "join the crisis bridge.",
            "晚上21:40無預警發出：值班危機處理負責人收到「深圳廠區產線同事倒地，組員情緒激動」。依序致電"
            "每位值班人員，只要求確認收到、說明所在地點及多久能加入危機電話會議。",
        ),
        category=IncidentCategory.CRITICAL_EVENT,
        grade=Grade.I,
        objectives=(
            ("The on-call crisis lead acknowledges within 5 minutes", "值班危機處理負責人於5分鐘內確認"),
            (
                "Every on-call role acknowledges within the grade I target (15 minutes)",
                "所有值班角色於一級目標時限（15分鐘）內確認",
            ),
            (
                "The crisis bridge is open with the key roles within 30 minutes",
                "30分鐘內開啟危機電話會議且關鍵角色到齊",
            ),
        ),
        seats=(
            _Seat(_R.CRISIS_LEAD),
            _Seat(_R.COUNSELLOR, wave=1),
            _Seat(_R.HR, wave=1),
            _Seat(_R.IT_SECURITY, wave=1),
            _Seat(_R.LEGAL, wave=1, pace=_NEVER),
            _Seat(_R.PR, wave=2),
            _Seat(_R.EXECUTIVE, wave=2),
        ),
        day=-220,
        local_start=time(21, 40),
        minutes=60,
        key_roles=(_R.CRISIS_LEAD, _R.COUNSELLOR, _R.HR),
        weekday=2,
        on_call=True,
        run=_Run(
            results=(_MET, _NOT, _PARTLY),
            findings=(
                _Finding(
                    _S.CRITICAL,
                    _A.PEOPLE,
                    (
                        "The legal on-call never acknowledged: the phone was on do-not-disturb overnight and "
                        "the alert number was not on its exceptions list.",
                        "法務值班人員始終未確認：手機夜間開啟勿擾模式，警報號碼不在例外名單中。",
                    ),
                    (
                        _Action(
                            (
                                "Put the crisis alert number on every on-call phone's do-not-disturb exceptions",
                                "將危機警報號碼加入每支值班手機的勿擾例外名單",
                            ),
                            _R.IT_SECURITY,
                            14,
                            _DONE,
                        ),
                        _Action(
                            (
                                "Check the do-not-disturb exceptions at every rota hand-over",
                                "每次值班交接時檢查勿擾例外設定",
                            ),
                            _R.CRISIS_LEAD,
                            30,
                            _DONE,
                        ),
                    ),
                ),
                _Finding(
                    _S.MEDIUM,
                    _A.TOOLS,
                    (
                        "The call-out was made one number at a time; reaching seven people took 11 minutes.",
                        "召集時逐一撥號，聯繫七個人花了11分鐘。",
                    ),
                    (
                        _Action(
                            (
                                "Set up a group call-out on the crisis line",
                                "在危機專線設定群組召集功能",
                            ),
                            _R.IT_SECURITY,
                            60,
                            _WORKING,
                        ),
                    ),
                ),
                _Finding(
                    _S.LOW,
                    _A.PROCESS,
                    (
                        "No rule says when to stop calling someone and escalate to their deputy.",
                        "沒有規定何時應停止撥打並改為聯繫代理人。",
                    ),
                    (
                        _Action(
                            (
                                "Escalate to the deputy after two unanswered calls within 5 minutes",
                                "5分鐘內兩次未接即改聯繫代理人",
                            ),
                            _R.CRISIS_LEAD,
                            30,
                            _DONE,
                        ),
                    ),
                ),
            ),
        ),
    ),
    _Plan(
        drill_type=_T.FULL_SCALE,
        title=(
            "Full-scale exercise: death of a colleague at the Shenzhen plant",
            "全面演练：深圳厂区员工意外身亡",
        ),
        scenario=(
            "A forklift accident kills a line supervisor in front of her team at the start of the day "
            "shift. Actors play the team; the crisis team is really mobilised: counsellors travel to the "
            "plant for group defusing, HR contacts the family liaison, PR prepares the holding "
            "statement and the executive sponsor briefs the site. Ends with the first group session "
            "and the 24-hour follow-up list.",
            "早班开始时，一名产线组长在组员面前因叉车事故身亡。由演员扮演组员，危机团队实际动员：心理咨询师"
            "赶赴厂区进行团体情绪疏导，人资联系家属联络人，公关准备临时声明，高层主管向厂区说明。以第一场"
            "团体辅导及24小时追踪名单作结。",
        ),
        category=IncidentCategory.CRITICAL_EVENT,
        grade=Grade.I,
        objectives=(
            (
                "Key roles acknowledge within the grade I target (15 minutes)",
                "关键角色于一级目标时限（15分钟）内确认",
            ),
            ("Two counsellors are on site within 2 hours", "2小时内两名心理咨询师抵达现场"),
            (
                "The holding statement is approved by legal and the executive sponsor",
                "临时声明经法务与高层主管核准",
            ),
            ("The 24-hour follow-up list names every witness", "24小时追踪名单列出所有目击员工"),
        ),
        seats=(
            _Seat(_R.CRISIS_LEAD),
            _Seat(_R.COUNSELLOR),
            _Seat(None, department=_SHENZHEN, post=("Plant manager", "厂长")),
            _Seat(_R.COUNSELLOR, wave=1),
            _Seat(_R.HR, wave=1),
            _Seat(_R.EXECUTIVE, wave=1, pace=_LATE),
            _Seat(None, wave=1, department=_SHENZHEN, post=("Site safety officer", "厂区安全主任")),
            _Seat(_R.PR, wave=2),
            _Seat(_R.LEGAL, wave=2),
        ),
        day=-180,
        local_start=time(8, 30),
        minutes=240,
        key_roles=(_R.CRISIS_LEAD, _R.COUNSELLOR, _R.HR, _R.EXECUTIVE),
        risks=(
            ("Vicarious trauma after repeated critical-incident debriefs", "多次危机事件减压后的替代性创伤"),
            ("Interpreter service for migrant workers unavailable", "外籍移工的通譯服務中斷"),
        ),
        run=_Run(
            results=(_NOT, _MET, _MET, _PARTLY),
            findings=(
                _Finding(
                    _S.HIGH,
                    _A.COMMUNICATION,
                    (
                        "The executive sponsor was reached late through his assistant: the rota had only "
                        "his office number.",
                        "高层主管经由助理才联系上，已超过时限：值班表上只有他的办公室电话。",
                    ),
                    (
                        _Action(
                            (
                                "Put the executives' mobile numbers on the rota",
                                "值班表加入高层主管的手机号码",
                            ),
                            _R.EXECUTIVE,
                            14,
                            _DONE,
                        ),
                    ),
                ),
                _Finding(
                    _S.HIGH,
                    _A.PEOPLE,
                    (
                        "Only one counsellor speaks Mandarin well enough to lead group defusing at the plant.",
                        "只有一位心理咨询师的普通话足以在厂区带领团体情绪疏导。",
                    ),
                    (
                        _Action(
                            (
                                "Contract a Mandarin-speaking trauma counsellor on call for the mainland sites",
                                "为大陆厂区签约一位可随时支援的普通话创伤心理咨询师",
                            ),
                            _R.HR,
                            90,
                            _OPEN,
                        ),
                    ),
                ),
                _Finding(
                    _S.MEDIUM,
                    _A.TOOLS,
                    (
                        "The witness list was kept on paper and typed in twice.",
                        "目击员工名单以纸本记录，事后又重复输入两次。",
                    ),
                    (
                        _Action(
                            (
                                "Keep the affected-people list in the case system on a tablet at the site",
                                "现场以平板直接在个案系统登录受影响人员名单",
                            ),
                            _R.IT_SECURITY,
                            45,
                            _DONE,
                        ),
                    ),
                ),
                _Finding(
                    _S.MEDIUM,
                    _A.PROCESS,
                    (
                        "The holding statement waited 40 minutes for legal because the approval order was "
                        "unclear.",
                        "核准顺序不明确，临时声明等待法务40分钟。",
                    ),
                    (
                        _Action(
                            (
                                "Approve holding statements in parallel: legal and the executive on one call",
                                "临时声明改为同步核准：法务与高层主管在同一通电话中确认",
                            ),
                            _R.PR,
                            30,
                        ),
                    ),
                ),
            ),
        ),
    ),
    _Plan(
        drill_type=_T.FULL_SCALE,
        title=(
            "Full-scale exercise: typhoon closure and remote counselling",
            "全面演練：颱風停班與遠距諮詢",
        ),
        scenario=(
            "A typhoon warning closes the Taipei headquarters for two days. Counselling moves to video "
            "and phone, the case system is reached over the VPN only, and every employee with an open "
            "high-risk case is contacted.",
            "颱風警報使台北總部停班兩天。諮詢改以視訊及電話進行，個案系統只能經VPN連線，並須聯繫所有高風險"
            "個案的員工。",
        ),
        category=IncidentCategory.NATURAL_DISASTER,
        grade=Grade.II,
        objectives=(
            (
                "Counselling continues remotely within 4 hours of the closure",
                "停班後4小時內恢復遠距諮詢",
            ),
            (
                "Every employee with an open high-risk case is contacted within 24 hours",
                "24小時內聯繫所有高風險個案的員工",
            ),
        ),
        seats=(
            _Seat(_R.CRISIS_LEAD),
            _Seat(_R.COUNSELLOR),
            _Seat(_R.IT_SECURITY),
            _Seat(_R.HR, wave=1),
            _Seat(None, wave=1, department=("Facilities", "總務部"), post=("Facilities manager", "總務主管")),
        ),
        day=-140,
        local_start=time(9, 0),
        minutes=240,
        risks=(
            ("Typhoon closing the office", "颱風導致辦公室停止上班"),
            ("Power outage taking the case system down", "停電導致個案系統中斷"),
        ),
        cancel=(
            "Cancelled: the crisis team was handling a real incident at the Shenzhen plant that week. "
            "To be re-planned next year.",
            "取消：當週危機團隊正在處理深圳廠區的真實事件，演練於明年重新安排。",
        ),
    ),
    _Plan(
        drill_type=_T.SIMULATION,
        title=("Simulation: ransomware locks the HR platform", "模擬演練：勒索軟體鎖住人資平台"),
        scenario=(
            "Injects: the HR platform's files are encrypted on payroll day; the attackers claim to hold "
            "EAP referral forms; staff flood the hotline. The team decides the isolation, establishes "
            "what the referral forms reveal, and prepares the staff notice and the regulator "
            "notification within the clock.",
            "情境投放：發薪日人資平台檔案遭加密；攻擊者聲稱握有員工協助轉介表；員工大量致電熱線。團隊須決定"
            "隔離措施、確認轉介表揭露哪些資訊，並在時限內準備員工通知與主管機關通報。",
        ),
        category=IncidentCategory.CYBER_SECURITY,
        grade=Grade.II,
        objectives=(
            (
                "The affected systems are isolated within 30 minutes of the alert",
                "警報後30分鐘內隔離受影響系統",
            ),
            (
                "What the EAP referral forms contain is established before any statement",
                "發出任何說明前先確認員工協助轉介表的內容",
            ),
            (
                "The staff notice and the regulator notification are drafted",
                "完成員工通知及主管機關通報草稿",
            ),
        ),
        seats=(
            _Seat(_R.IT_SECURITY),
            _Seat(_R.CRISIS_LEAD),
            _Seat(_R.IT_SECURITY, wave=1),
            _Seat(_R.HR, wave=1),
            _Seat(_R.LEGAL, wave=1),
            _Seat(_R.PR, wave=2),
            _Seat(_R.COUNSELLOR, wave=2),
        ),
        day=-120,
        local_start=time(10, 0),
        minutes=150,
        key_roles=(_R.CRISIS_LEAD, _R.IT_SECURITY, _R.LEGAL),
        risks=(
            ("Ransomware on the HR platform", "人力資源平台遭勒索軟件攻擊"),
            ("Breach at the cloud hosting provider", "雲端主機供應商資料外洩"),
        ),
        run=_Run(
            results=(_MET, _MET, _PARTLY),
            findings=(
                _Finding(
                    _S.MEDIUM,
                    _A.TOOLS,
                    (
                        "The offline copy of the crisis contact list was on the share the ransomware "
                        "encrypted.",
                        "危機聯絡名單的離線副本存放在被勒索軟體加密的共用資料夾。",
                    ),
                    (
                        _Action(
                            (
                                "Keep a printed and an offline copy of the contact list at two sites",
                                "在兩個地點各保存一份紙本及離線的聯絡名單",
                            ),
                            _R.IT_SECURITY,
                            21,
                            _DONE,
                        ),
                    ),
                ),
                _Finding(
                    _S.MEDIUM,
                    _A.COMMUNICATION,
                    (
                        "The hotline had no script for callers worried about their EAP records.",
                        "熱線沒有應對擔心自身諮詢記錄外洩來電者的話術。",
                    ),
                    (
                        _Action(
                            (
                                "Write a hotline script for callers during a data incident",
                                "撰寫資料事件期間的熱線應答話術",
                            ),
                            _R.COUNSELLOR,
                            30,
                        ),
                    ),
                ),
                _Finding(
                    _S.LOW,
                    _A.PROCESS,
                    (
                        "The regulator notification template has no jurisdiction field for the Hong Kong "
                        "staff.",
                        "主管機關通報範本缺少香港員工適用的司法管轄區欄位。",
                    ),
                    (
                        _Action(
                            (
                                "Add the jurisdiction field to the regulator notification template",
                                "在主管機關通報範本中加入司法管轄區欄位",
                            ),
                            _R.LEGAL,
                            60,
                        ),
                    ),
                ),
            ),
        ),
    ),
    _Plan(
        drill_type=_T.SURPRISE,
        title=("Surprise call-out: weekend crisis-line alert", "突擊演練：週末危機專線警報"),
        scenario=(
            "Unannounced on a Saturday morning: the crisis line reports that an employee has posted a "
            "farewell message on social media. The on-call team is called and each member asked to "
            "acknowledge and name their first action.",
            "週六早上無預警發出：危機專線通報一名員工在社群媒體發布告別訊息。逐一致電值班團隊，請每位成員"
            "確認收到並說出自己的第一步行動。",
        ),
        category=IncidentCategory.PSYCHOLOGICAL_CRISIS,
        grade=Grade.I,
        objectives=(
            ("The on-call counsellor acknowledges within 5 minutes", "值班心理諮詢師於5分鐘內確認"),
            ("Every on-call role acknowledges within 15 minutes", "所有值班角色於15分鐘內確認"),
            ("The first action each role names matches the plan", "各角色說出的第一步行動與應變計畫一致"),
        ),
        seats=(
            _Seat(_R.COUNSELLOR),
            _Seat(_R.CRISIS_LEAD),
            _Seat(_R.HR, wave=1, pace=_LATE),
            _Seat(_R.PR, wave=1),
            _Seat(_R.EXECUTIVE, wave=2),
        ),
        day=-75,
        local_start=time(7, 15),
        minutes=60,
        key_roles=(_R.COUNSELLOR, _R.CRISIS_LEAD, _R.HR),
        weekday=5,
        on_call=True,
        risks=(("Suicide contagion after a death in the workforce", "员工自杀事件后的模仿效应"),),
        run=_Run(
            results=(_MET, _NOT, _PARTLY),
            findings=(
                _Finding(
                    _S.HIGH,
                    _A.PEOPLE,
                    (
                        "The HR on-call acknowledged late: the weekend hand-over to a stand-in was agreed "
                        "by phone and never entered in the rota.",
                        "人資值班人員逾時才確認：週末改由代班人員值班只在電話中約定，未登錄於值班表。",
                    ),
                    (
                        _Action(
                            (
                                "Record every weekend stand-in as an override in the rota",
                                "所有週末代班一律在值班表登錄為替班",
                            ),
                            _R.HR,
                            14,
                            _DONE,
                        ),
                    ),
                ),
                _Finding(
                    _S.MEDIUM,
                    _A.PROCESS,
                    (
                        "PR named 'publish a statement' as its first action; the self-harm plan says first "
                        "reach the employee and the family.",
                        "公關部說出的第一步是「發布聲明」，但自傷應變計畫規定應先聯繫當事員工及家屬。",
                    ),
                    (
                        _Action(
                            (
                                "Brief the PR on-call members on the first steps of the self-harm plan",
                                "向公關值班成員說明自傷應變計畫的第一步",
                            ),
                            _R.CRISIS_LEAD,
                            30,
                            _OPEN,
                        ),
                    ),
                ),
            ),
        ),
    ),
    _Plan(
        drill_type=_T.TABLETOP,
        title=("Tabletop: supporting staff through a layoffs round", "桌面推演：裁员期间的员工支持"),
        scenario=(
            "Next month 180 staff at the Suzhou plant will be told their roles are cut. The team plans "
            "counsellor presence on notification day, the managers' briefing, the surge in hotline "
            "demand and how to keep EAP data out of the selection.",
            "下个月苏州工厂将通知180名员工职位被裁撤。团队规划通知当天的心理咨询师驻点、主管说明会、热线"
            "需求激增的应对，以及如何确保EAP数据不被用于裁员名单的筛选。",
        ),
        category=IncidentCategory.CRITICAL_EVENT,
        grade=Grade.III,
        objectives=(
            (
                "Counsellor cover is planned for every notification session",
                "每场通知会谈都安排心理咨询师驻点",
            ),
            (
                "Managers are briefed on delivering the news before notification day",
                "通知日前完成主管传达说明会",
            ),
            (
                "The rule that EAP data never informs the selection is restated in writing",
                "以书面重申EAP数据绝不用于裁员筛选",
            ),
        ),
        seats=(
            _Seat(_R.CRISIS_LEAD),
            _Seat(_R.HR),
            _Seat(_R.HR),
            _Seat(_R.COUNSELLOR, wave=1),
            _Seat(_R.LEGAL, wave=1),
            _Seat(_R.EXECUTIVE, wave=1),
            _Seat(_R.PR, wave=2),
        ),
        day=-40,
        local_start=time(14, 0),
        minutes=90,
        risks=(
            ("Layoffs round: surge in distress and demand", "裁員潮：員工情緒困擾及求助量激增"),
            ("Managers delivering redundancy news without training", "主管未經培訓就傳達裁員消息"),
        ),
        run=_Run(
            results=(_MET, _MET, _MET),
            findings=(
                _Finding(
                    _S.MEDIUM,
                    _A.PEOPLE,
                    (
                        "Hotline capacity in notification week is about half of the expected demand.",
                        "通知周的热线接听能力约只有预估需求的一半。",
                    ),
                    (
                        _Action(
                            (
                                "Book two extra counsellors from the EAP vendor for notification week",
                                "向EAP供应商预约通知周额外两名心理咨询师",
                            ),
                            _R.HR,
                            20,
                            _DONE,
                        ),
                    ),
                ),
                _Finding(
                    _S.LOW,
                    _A.COMMUNICATION,
                    (
                        "The managers' briefing pack exists only in English.",
                        "主管说明资料只有英文版本。",
                    ),
                    (
                        _Action(
                            (
                                "Translate the managers' briefing pack into Simplified Chinese",
                                "将主管说明资料翻译为简体中文",
                            ),
                            _R.HR,
                            25,
                            _WORKING,
                        ),
                    ),
                ),
            ),
        ),
    ),
    _Plan(
        drill_type=_T.SIMULATION,
        title=("Simulation: the EAP hotline vendor goes down", "模擬演練：EAP熱線供應商服務中斷"),
        scenario=(
            "The outsourced 24-hour hotline stops answering at 18:00 on a Friday. Injects: callers reach "
            "a dead line, one of them is in acute distress, the vendor gives no restoration time. The "
            "team moves the number to the duty counsellor and decides how and when to tell staff.",
            "委外的24小時熱線於週五18:00停止接聽。情境投放：來電者只聽到斷線音，其中一人情緒急性困擾，"
            "供應商無法提供恢復時間。團隊將熱線轉接至值班心理諮詢師，並決定如何及何時通知員工。",
        ),
        category=IncidentCategory.SUPPLY_CHAIN,
        grade=Grade.III,
        objectives=(
            (
                "Calls are redirected to the duty counsellor within 1 hour",
                "1小時內將來電轉接至值班心理諮詢師",
            ),
            (
                "Staff are told the fallback number through two channels",
                "透過兩個管道通知員工備援電話",
            ),
        ),
        seats=(
            _Seat(_R.CRISIS_LEAD),
            _Seat(_R.COUNSELLOR),
            _Seat(_R.IT_SECURITY, wave=1),
            _Seat(_R.PR, wave=1),
            _Seat(
                None,
                wave=2,
                department=("Procurement", "採購部"),
                post=("Vendor account manager", "供應商客戶經理"),
            ),
        ),
        day=-20,
        local_start=time(10, 0),
        minutes=120,
        risks=(("EAP hotline vendor outage", "EAP热线供应商服务中断"),),
        run=_Run(
            results=(_MET, _PARTLY),
            findings=(
                _Finding(
                    _S.MEDIUM,
                    _A.TOOLS,
                    (
                        "Redirecting the hotline needs the telecom provider's portal, and only one IT person "
                        "has a login.",
                        "轉接熱線須使用電信業者的管理入口，但只有一位資訊人員有帳號。",
                    ),
                    (
                        _Action(
                            (
                                "Give a second IT on-call member a login to the telecom portal",
                                "為第二位資訊值班人員開通電信管理入口帳號",
                            ),
                            _R.IT_SECURITY,
                            21,
                            _OPEN,
                        ),
                    ),
                ),
                _Finding(
                    _S.MEDIUM,
                    _A.PROCESS,
                    (
                        "The vendor contract sets no restoration time and no penalty for an outage.",
                        "供應商合約未訂定服務恢復時限及中斷罰則。",
                    ),
                    (
                        _Action(
                            (
                                "Add a two-hour restoration clause at the contract renewal",
                                "合約續約時加入兩小時內恢復服務的條款",
                            ),
                            None,
                            60,
                            _OPEN,
                        ),
                    ),
                ),
                _Finding(
                    _S.LOW,
                    _A.COMMUNICATION,
                    (
                        "The intranet banner with the fallback number needed PR's approval out of hours.",
                        "內部網站的備援電話公告須在下班時間取得公關部核准。",
                    ),
                    (
                        _Action(
                            (
                                "Pre-approve the fallback-number banner",
                                "預先核准備援電話公告",
                            ),
                            _R.PR,
                            10,
                            _DONE,
                        ),
                    ),
                ),
            ),
        ),
    ),
    _Plan(
        drill_type=_T.SURPRISE,
        title=(
            "Surprise call-out: night alert after the call-tree fixes",
            "突擊演練：通報聯絡網修正後的夜間測試",
        ),
        scenario=(
            "Unannounced at 22:10, repeating the after-hours call-out to test this year's fixes "
            "(do-not-disturb exceptions, the executives' mobiles, weekend stand-ins in the rota). Each "
            "on-call member acknowledges and joins the crisis bridge.",
            "晚上22:10無預警發出，重複下班時間召集演練，以驗證今年的改善措施（勿擾例外、高層主管手機、週末"
            "代班登錄）。每位值班人員確認收到並加入危機電話會議。",
        ),
        category=IncidentCategory.CRITICAL_EVENT,
        grade=Grade.I,
        objectives=(
            ("Every on-call role acknowledges within 15 minutes", "所有值班角色於15分鐘內確認"),
            (
                "The crisis bridge is open with every key role within 20 minutes",
                "20分鐘內開啟危機電話會議且所有關鍵角色到齊",
            ),
        ),
        seats=(
            _Seat(_R.CRISIS_LEAD),
            _Seat(_R.COUNSELLOR, wave=1),
            _Seat(_R.HR, wave=1),
            _Seat(_R.IT_SECURITY, wave=1),
            _Seat(_R.LEGAL, wave=1),
            _Seat(_R.PR, wave=2),
            _Seat(_R.EXECUTIVE, wave=2),
        ),
        day=-8,
        local_start=time(22, 10),
        minutes=60,
        weekday=1,
        on_call=True,
        run=_Run(
            results=(_MET, _MET),
            findings=(
                _Finding(
                    _S.LOW,
                    _A.TOOLS,
                    (
                        "Two members joined the bridge from numbers it did not know and had to be let in by "
                        "hand.",
                        "兩位成員以未登記的號碼撥入電話會議，須由主持人手動放行。",
                    ),
                    (
                        _Action(
                            (
                                "Register the on-call mobiles with the bridge for automatic admission",
                                "將值班手機登記至電話會議系統以自動放行",
                            ),
                            _R.IT_SECURITY,
                            21,
                            _OPEN,
                        ),
                    ),
                ),
            ),
        ),
    ),
    # -- planned ---------------------------------------------------------------------------------
    _Plan(
        drill_type=_T.SURPRISE,
        title=("Surprise call-out: weekday evening", "突擊演練：平日晚間召集"),
        scenario=(
            "Unannounced at 20:30: a counsellor reports a threat of violence against a manager after a "
            "disciplinary meeting. The on-call team acknowledges and joins the bridge; the security "
            "guard post at the Taipei headquarters is told.",
            "晚上20:30無預警發出：心理諮詢師通報一名員工在懲處面談後揚言對主管施暴。值班團隊確認收到並加入"
            "電話會議，同時通知台北總部警衛室。",
        ),
        category=IncidentCategory.CRITICAL_EVENT,
        grade=Grade.I,
        objectives=(
            ("Every on-call role acknowledges within 15 minutes", "所有值班角色於15分鐘內確認"),
            ("The guard post is told within 10 minutes of the alert", "警報後10分鐘內通知警衛室"),
        ),
        seats=(
            _Seat(_R.CRISIS_LEAD),
            _Seat(_R.COUNSELLOR),
            _Seat(_R.HR, wave=1),
            _Seat(_R.LEGAL, wave=1),
            _Seat(_R.EXECUTIVE, wave=2),
            _Seat(
                None,
                wave=1,
                department=("Security", "警衛室"),
                post=("Guard post, Taipei headquarters", "台北總部警衛室"),
            ),
        ),
        day=23,
        local_start=time(20, 30),
        minutes=60,
        weekday=3,
        on_call=True,
    ),
    _Plan(
        drill_type=_T.FULL_SCALE,
        title=("Full-scale exercise: earthquake at the Taipei headquarters", "全面演練：台北總部地震"),
        scenario=(
            "A magnitude 6.8 earthquake damages the Taipei headquarters at 10:20. The building is "
            "evacuated, two colleagues are missing, the case system's server room loses power. The team "
            "accounts for every person, sets up psychological first aid at the assembly point and runs "
            "counselling from the Hong Kong office.",
            "上午10:20發生規模6.8地震，台北總部受損。大樓疏散、兩名同事下落不明、個案系統機房斷電。團隊須清點"
            "所有人員、在集合點設立心理急救站，並由香港辦事處接手諮詢服務。",
        ),
        category=IncidentCategory.NATURAL_DISASTER,
        grade=Grade.I,
        objectives=(
            ("Every person on site is accounted for within 45 minutes", "45分鐘內清點所有在場人員"),
            (
                "Psychological first aid is running at the assembly point within 1 hour",
                "1小時內在集合點提供心理急救",
            ),
            (
                "Counselling resumes from the Hong Kong office the same day",
                "當天由香港辦事處恢復諮詢服務",
            ),
        ),
        seats=(
            _Seat(_R.CRISIS_LEAD),
            _Seat(_R.COUNSELLOR),
            _Seat(_R.COUNSELLOR),
            _Seat(_R.IT_SECURITY, wave=1),
            _Seat(_R.HR, wave=1),
            _Seat(_R.EXECUTIVE, wave=1),
            _Seat(_R.PR, wave=2),
            _Seat(None, wave=1, department=("Facilities", "總務部"), post=("Facilities manager", "總務主管")),
        ),
        day=45,
        local_start=time(10, 0),
        minutes=240,
        key_roles=(_R.CRISIS_LEAD, _R.COUNSELLOR, _R.HR),
        risks=(
            ("Earthquake damaging the Taipei headquarters", "地震損壞台北總部"),
            ("Power outage taking the case system down", "停電導致個案系統中斷"),
        ),
    ),
    _Plan(
        drill_type=_T.SIMULATION,
        title=("Simulation: a stranger joins a video-counselling session", "模擬演練：陌生人闖入視訊諮詢"),
        scenario=(
            "Injects: an unknown participant appears in a video-counselling session and records it; a "
            "clip circulates in a chat group; the employee calls the hotline in distress. The team "
            "ends the exposure, supports the employee and decides the leak tier.",
            "情境投放：一名不明人士進入視訊諮詢並錄影；影片片段在聊天群組流傳；當事員工情緒激動致電熱線。"
            "團隊須終止外洩、支持當事員工，並判定外洩等級。",
        ),
        category=IncidentCategory.PRIVACY_LEAK,
        grade=Grade.II,
        objectives=(
            ("The session link is revoked within 15 minutes", "15分鐘內撤銷視訊連結"),
            ("The employee is offered a counsellor within 1 hour", "1小時內為當事員工安排心理諮詢師"),
            ("The leak tier is decided with its reasons", "判定外洩等級並記錄理由"),
        ),
        seats=(
            _Seat(_R.CRISIS_LEAD),
            _Seat(_R.IT_SECURITY),
            _Seat(_R.COUNSELLOR, wave=1),
            _Seat(_R.LEGAL, wave=1),
            _Seat(_R.PR, wave=2),
        ),
        day=70,
        local_start=time(10, 0),
        minutes=120,
        key_roles=(_R.CRISIS_LEAD, _R.IT_SECURITY),
        risks=(("Intrusion into video-counselling sessions", "視訊諮詢遭陌生人闖入"),),
    ),
)


# -- helpers ---------------------------------------------------------------------------------------------


def _pick(pair: Text2, english: bool) -> str:
    return pair[0] if english else pair[1]


def _local(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=_TZ).astimezone(UTC)


def _drill_day(plan: _Plan, today: date, rng: random.Random) -> date:
    """The day a plan falls on: jittered a little, on its weekday or else on a working day."""
    day = today + timedelta(days=plan.day + rng.randrange(0, 3))
    if plan.weekday is not None:
        return day - timedelta(days=(day.weekday() - plan.weekday) % 7)
    if day.weekday() >= 5:
        day += timedelta(days=7 - day.weekday())
    return day


@dataclass(slots=True)
class _Context:
    """What every drill is written with: the session, ``now``, the rota's names, the risks found."""

    workspace: Workspace
    session: Session
    now: datetime
    today: date
    lead_user_id: int
    holders: dict[CrisisRole, list[str]]
    risk_ids: dict[str, int]  # title → id, for both spellings a demo risk may have been stored in
    targets: dict[Grade, timedelta]

    def risks(self, titles: tuple[Text2, ...]) -> tuple[int, ...]:
        found = [self.risk_ids.get(pair[0]) or self.risk_ids.get(pair[1]) for pair in titles]
        return tuple(dict.fromkeys(i for i in found if i is not None))


def _participants(
    ctx: _Context, plan: _Plan, english: bool, rng: random.Random, alert: datetime
) -> tuple[Participant, ...]:
    """The seats filled from the rota: the holder on call at the alert for call-outs, else anyone.

    Nobody takes two seats: when one member is on call in two roles, a call-out reaches another
    holder of the second role, as the call tree's "deputy" column says.
    """
    used: set[str] = set()
    people = []
    for seat in plan.seats:
        if seat.role is None:
            department = _pick(seat.department or ("", ""), english)
            people.append(Participant(department=department, name=_pick(seat.post or ("", ""), english)))
            continue
        department = _pick(seat.department or _DEPARTMENTS[seat.role], english)
        name = ""
        if plan.on_call:
            (status,) = ctx.workspace.oncall.on_call_now(ctx.session, at=alert, roles=[seat.role])
            if status.now is not None and status.now.member_name not in used:
                name = status.now.member_name
        if not name:
            free = [n for n in ctx.holders.get(seat.role, []) if n not in used]
            name = rng.choice(free) if free else ""
        used.add(name)
        people.append(Participant(role=seat.role, department=department, name=name))
    return tuple(people)


def _input(
    ctx: _Context,
    plan: _Plan,
    *,
    english: bool,
    rng: random.Random,
    start: datetime,
    objectives: tuple[Text2, ...] | None = None,
) -> DrillInput:
    return DrillInput(
        title=_pick(plan.title, english),
        drill_type=plan.drill_type,
        planned_start=start,
        planned_duration=timedelta(minutes=plan.minutes),
        scenario=_pick(plan.scenario, english),
        scenario_category=plan.category,
        scenario_grade=plan.grade,
        objectives=tuple(_pick(o, english) for o in (objectives or plan.objectives)),
        participants=_participants(ctx, plan, english, rng, start),
        key_roles=plan.key_roles,
        risk_ids=ctx.risks(plan.risks),
    )


def _ack_after(pace: str, target: timedelta, notified: timedelta, rng: random.Random) -> timedelta | None:
    """When (from the alert) a participant acknowledges: well within, or well beyond, the target.

    A prompt answer comes a few minutes after the call (however loose the grade's target: the
    people are at work or on call), and never later than 80 % of the target so it is met; a late
    one comes at 1.25-1.8 times the target; whole seconds, as the run-drill stopwatch stamps them.
    """
    if pace == _NEVER:
        return None
    if pace == _LATE:
        seconds = max(notified, target * rng.uniform(1.25, 1.8)).total_seconds() + rng.randrange(0, 60)
    else:
        called = notified.total_seconds() + rng.randrange(40, 150)
        seconds = called + min(target, _PROMPT).total_seconds() * rng.uniform(0.05, 0.45)
        seconds = max(notified.total_seconds() + 40, min(seconds, 0.8 * target.total_seconds()))
    return timedelta(seconds=round(seconds))


_PROMPT = timedelta(minutes=20)  # the longest a prompt answer takes beyond the call itself
_LEAD_IN = {  # scene-setting before the alert is raised, minutes
    _T.TABLETOP: (15, 25),
    _T.SIMULATION: (5, 12),
    _T.FULL_SCALE: (2, 6),
    _T.SURPRISE: (0, 0),
}


def _hold(ctx: _Context, drill: DrillView, plan: _Plan, run: _Run, rng: random.Random) -> datetime:
    """Run a planned drill as the run-drill screen does; returns when it ended."""
    drills, session = ctx.workspace.drills, ctx.session
    late_start = timedelta(0) if plan.on_call else timedelta(minutes=rng.randrange(0, 8))
    start = drill.planned_start + late_start  # a call-out starts when the alert goes out
    drills.transition(session, drill.id, "in_progress", at=start, now=start)
    low, high = _LEAD_IN[plan.drill_type]
    alert = start + timedelta(minutes=rng.randint(low, high))
    target = ctx.targets.get(plan.grade, timedelta(hours=1)) if plan.grade else timedelta(hours=1)
    paces = run.paces or {}
    rings: dict[timedelta, list[int]] = {}
    acks: list[tuple[datetime, int]] = []
    for seat, participant in zip(plan.seats, drill.participants, strict=True):
        offset = timedelta(minutes=seat.wave * rng.randint(2, 5)) if seat.wave else timedelta(0)
        rings.setdefault(offset, []).append(participant.id)
        pace = paces.get(seat.role, seat.pace) if seat.role is not None else seat.pace
        after = _ack_after(pace, target, offset, rng)
        if after is not None:
            acks.append((alert + after, participant.id))
    for offset, ids in sorted(rings.items()):
        drills.record_notifications(session, drill.id, ids, at=alert + offset, now=alert + offset)
    for at, participant_id in sorted(acks):
        drills.stamp_acknowledged(session, drill.id, participant_id, at, now=at)
    held = min(max(plan.minutes + rng.randint(-10, 15), MINUTES_MIN), MINUTES_MAX)
    end = start + timedelta(minutes=held)
    if acks:
        end = max(end, max(at for at, _ in acks) + timedelta(minutes=rng.randint(5, 15)))
    drills.transition(session, drill.id, "done", at=end, now=end)
    return end


def _review(
    ctx: _Context,
    drill_id: int,
    plan: _Plan,
    run: _Run,
    *,
    english: bool,
    ended: datetime,
    rng: random.Random,
) -> None:
    """The after-action review a day or two later: rating, findings, corrective actions and their fate."""
    drills, session = ctx.workspace.drills, ctx.session
    review = min(ended + timedelta(days=rng.randint(1, 2), hours=rng.randint(0, 3)), ctx.now)
    drills.rate(session, drill_id, run.results, now=review)
    for finding in run.findings:
        recorded = drills.add_finding(
            session,
            drill_id,
            severity=finding.severity,
            area=finding.area,
            text=_pick(finding.text, english),
            now=review,
        )
        for action in finding.actions:
            due = review.astimezone(_TZ).date() + timedelta(days=action.due_days + rng.randint(0, 4))
            added = drills.add_action(
                session,
                drill_id,
                title=_pick(action.title, english),
                due_on=due,
                owner_role=action.owner,
                owner_user_id=ctx.lead_user_id if action.owner is None else None,
                finding_id=recorded.id,
                now=review,
            )
            _age(ctx, added.id, fate=action.fate, agreed=review, due=due, rng=rng)
    if plan.later_risk is not None:
        for risk_id in ctx.risks((plan.later_risk,)):
            drills.link_risk(session, drill_id, risk_id, now=review)


def _age(
    ctx: _Context, action_id: int, *, fate: str, agreed: datetime, due: date, rng: random.Random
) -> None:
    """Move a corrective action on as its owner would have by ``now``."""
    if fate == _AUTO:
        if due < ctx.today:
            fate = _DONE if rng.random() < 0.7 else _WORKING
        else:
            fate = rng.choice((_OPEN, _OPEN, _WORKING))
    if fate == _OPEN:
        return
    drills, session = ctx.workspace.drills, ctx.session
    by_due = datetime.combine(due, time(17, 0), tzinfo=_TZ).astimezone(UTC)
    window = max(min(by_due, ctx.now) - agreed, timedelta(hours=4))  # work happens before it is due
    started = min(agreed + _minutes(window * rng.uniform(0.05, 0.4)), ctx.now)
    drills.set_action_status(session, action_id, ActionStatus.IN_PROGRESS, now=started)
    if fate == _DONE:
        done = min(started + _minutes((agreed + window - started) * rng.uniform(0.5, 1.0)), ctx.now)
        drills.set_action_status(session, action_id, ActionStatus.DONE, now=done)


def _minutes(span: timedelta) -> timedelta:
    return timedelta(minutes=max(int(span.total_seconds() // 60), 1))


# -- the demo --------------------------------------------------------------------------------------------


def _context(workspace: Workspace, session: Session, now: datetime) -> _Context:
    holders: dict[CrisisRole, list[str]] = {}
    for member in workspace.oncall.roster(session).members:
        if member.active:
            for role in member.roles:
                holders.setdefault(role, []).append(member.display_name)
    risk_ids = {risk.title: risk.id for risk in workspace.risks.list_risks(session)}
    targets = workspace.incidents.response_targets()
    return _Context(
        workspace=workspace,
        session=session,
        now=now,
        today=now.astimezone(_TZ).date(),
        lead_user_id=session.user_id,
        holders={role: sorted(names) for role, names in holders.items()},
        risk_ids=risk_ids,
        targets={grade: targets.for_grade(grade.value).acknowledge for grade in Grade},
    )


def _fill_series(ctx: _Context, seed: int) -> None:
    """The quarterly call-tree tabletop: planned a year ago as a series, the past quarters held."""
    rng = random.Random(f"demo-drills/{seed}/series")  # noqa: S311 - sample data, not secrets
    english = rng.random() < _ENGLISH_SHARE
    first = ctx.today - timedelta(days=SERIES_MONTHS_BACK * 30 + 5)
    rule = RecurrenceRule(
        frequency=Frequency.QUARTERLY,
        local_time=_SERIES.local_start,
        zone=ZONE,
        nth_weekday=NthWeekday(2, Weekday.WEDNESDAY),
        quarter_month=3,  # March, June, September, December
    )
    planned_at = min(_local(first - timedelta(days=10), time(11, 0)), ctx.now)
    template = _input(ctx, _SERIES, english=english, rng=rng, start=_local(first, _SERIES.local_start))
    drills, session = ctx.workspace.drills, ctx.session
    series = drills.create_series(
        session,
        template,
        rule,
        start=first,
        horizon_days=(ctx.today - first).days + SERIES_DAYS_AHEAD,
        now=planned_at,
    )
    held = 0
    upcoming = 0
    for item in series.drills:
        if item.planned_end + timedelta(days=1) < ctx.now:
            run = _SERIES_RUNS[held % len(_SERIES_RUNS)]
            drill = drills.get(session, item.id, now=ctx.now)
            ended = _hold(ctx, drill, _SERIES, run, rng)
            _review(ctx, item.id, _SERIES, run, english=english, ended=ended, rng=rng)
            held += 1
        elif item.planned_start > ctx.now and upcoming == 0:
            # the next quarter also checks the fix the last night call-out asked for
            upcoming += 1
            data = _input(
                ctx,
                _SERIES,
                english=english,
                rng=random.Random(f"demo-drills/{seed}/series-next"),  # noqa: S311
                start=item.planned_start,
                objectives=(*_SERIES.objectives, _SERIES_EXTRA_OBJECTIVE),
            )
            drills.update(session, item.id, data, now=min(ctx.now, item.planned_start - timedelta(days=30)))


def fill_demo_drills(workspace: Workspace, session: Session, *, seed: int, now: datetime) -> None:
    """Write the demo drill programme as ``session`` (an admin: it plans surprise drills too).

    Run after ``fill_demo_risks`` and ``fill_demo_oncall``: the drills link the risks they exercise
    and name the rota's members; without either they are written all the same, unlinked and unnamed.
    """
    ctx = _context(workspace, session, now)
    drills = workspace.drills
    _fill_series(ctx, seed)
    for index, plan in enumerate(_PLANS):
        rng = random.Random(f"demo-drills/{seed}/{index}")  # noqa: S311 - sample data, not secrets
        english = rng.random() < _ENGLISH_SHARE
        start = _local(_drill_day(plan, ctx.today, rng), plan.local_start)
        planned_at = min(start - timedelta(days=rng.randint(20, 45)), now)
        if plan.run is None and plan.cancel is None:
            planned_at = now - timedelta(days=rng.randint(1, 12), hours=rng.randint(0, 6))
        data = _input(ctx, plan, english=english, rng=rng, start=start)
        drill = drills.create(session, data, now=planned_at)
        if plan.cancel is not None:
            called_off = min(start - timedelta(days=rng.randint(1, 3)), now)
            drills.transition(
                session, drill.id, "cancelled", reason=_pick(plan.cancel, english), now=called_off
            )
        elif plan.run is not None:
            ended = _hold(ctx, drill, plan, plan.run, rng)
            _review(ctx, drill.id, plan, plan.run, english=english, ended=ended, rng=rng)
