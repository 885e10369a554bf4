"""The drill after-action report / improvement plan PDF: lays out a ``DrillReportData``.

A4 or Letter, English, Traditional or Simplified Chinese, with the shared page furniture of
``app.reports.pdf_layout`` (marking, "page n of m", generation date on every page; metadata with
the drill code and the report name only). The sections follow the AAR/IP form of exercise
programmes: overview, scenario, objectives and rating, participants, notification timings against
the target (with a chart), hot-wash findings, improvement plan and linked risks.

The words are kept here rather than in ``report_words``: they belong to this report only, and the
domain names the other reports share (grades, categories, roles, action statuses) still come from
``report_words``. The acknowledgement chart is drawn with ``reportlab.graphics`` (vector shapes,
the embedded font), like the incident summary's timeline.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from app.domain.drills import AckOutcome, FindingSeverity, ObjectiveResult
from app.domain.risks import LEVEL_NAMES
from app.reports import report_words as w
from app.reports.drill_report_data import DrillReportData, ParticipantLine, TimingKind
from app.reports.pdf_layout import (
    ACCENT,
    INK,
    MET,
    MISSED,
    MUTED,
    RULE,
    DocumentInfo,
    Paper,
    ReportWriter,
    build_pdf,
    format_moment,
    language_index,
    register_fonts,
    text,
)
from app.reports.pdf_layout import word as layout_word

# (English, Traditional Chinese, Simplified Chinese)
_WORDS: dict[str, tuple[str, str, str]] = {
    "report_name": ("After-action report", "演練事後檢討報告", "演练事后检讨报告"),
    "report_long": (
        "After-action report and improvement plan",
        "演練事後檢討報告及改進計劃",
        "演练事后检讨报告及改进计划",
    ),
    "deidentified_version": (
        "De-identified version: finding texts and corrective actions are not included",
        "去識別化版本:不含發現事項及改進措施的文字",
        "去标识化版本:不含发现事项及改进措施的文字",
    ),
    # sections
    "overview": ("Exercise overview", "演練概覽", "演练概览"),
    "scenario": ("Scenario", "演練情景", "演练情景"),
    "objectives": ("Objectives and rating", "演練目標及評分", "演练目标及评分"),
    "participants": ("Participants by role", "按角色列出的參與者", "按角色列出的参与者"),
    "timings": ("Notification timings against targets", "通知時效與目標", "通知时效与目标"),
    "ack_chart": ("Time to acknowledge per participant", "各參與者的確認用時", "各参与者的确认用时"),
    "findings": ("Hot-wash findings", "即時檢討發現事項", "即时检讨发现事项"),
    "improvement_plan": ("Improvement plan", "改進計劃", "改进计划"),
    "risks": ("Linked risks", "關聯風險", "关联风险"),
    # overview fields
    "code": ("Code", "編號", "编号"),
    "title": ("Title", "標題", "标题"),
    "type": ("Type", "演練類型", "演练类型"),
    "status": ("Status", "狀態", "状态"),
    "planned": ("Planned", "計劃時間", "计划时间"),
    "held": ("Held", "實際舉行", "实际举行"),
    "duration": ("Duration", "歷時", "历时"),
    "planned_duration": ("{d} (planned)", "{d}(計劃)", "{d}(计划)"),
    "category": ("Scenario category", "情景類別", "情景类别"),
    "grade": ("Scenario grade", "情景等級", "情景等级"),
    "key_roles": ("Key roles", "關鍵角色", "关键角色"),
    "all_crisis_roles": (
        "every crisis role among the participants",
        "參與者中的所有危機角色",
        "参与者中的所有危机角色",
    ),
    "not_held": ("not held yet", "尚未舉行", "尚未举行"),
    "not_set": ("not set", "未設定", "未设定"),
    "no_scenario": ("No scenario was written down.", "沒有記錄演練情景。", "没有记录演练情景。"),
    # objectives
    "objective": ("Objective", "目標", "目标"),
    "rating": ("Rating", "評分", "评分"),
    "overall": ("Overall", "總評", "总评"),
    "score": ("Score", "得分", "得分"),
    "score_value": (
        "{score}% — {met} met, {partly} partly met, {not_met} not met, {unrated} not rated",
        "{score}% — 達成 {met} 項,部分達成 {partly} 項,未達成 {not_met} 項,未評分 {unrated} 項",
        "{score}% — 达成 {met} 项,部分达成 {partly} 项,未达成 {not_met} 项,未评分 {unrated} 项",
    ),
    "not_rated": ("not rated", "未評分", "未评分"),
    "score_note": (
        "Score: 2 points for each objective met, 1 for partly met, 0 for not met, over the rated objectives.",
        "得分:每項達成的目標計 2 分,部分達成計 1 分,未達成計 0 分,以已評分的目標計算。",
        "得分:每项达成的目标计 2 分,部分达成计 1 分,未达成计 0 分,以已评分的目标计算。",
    ),
    # participants
    "role": ("Crisis role", "危機角色", "危机角色"),
    "department": ("Department", "部門", "部门"),
    "notified": ("Notified", "通知時間", "通知时间"),
    "acknowledged": ("Acknowledged", "確認時間", "确认时间"),
    "latency": ("Time to acknowledge", "確認用時", "确认用时"),
    "count_by_role": ("{role}: {n}", "{role}:{n}", "{role}:{n}"),
    "participants_note": (
        "Participants are listed by crisis role and department only; no names are printed.",
        "參與者只按危機角色及部門列出,不列印姓名。",
        "参与者只按危机角色及部门列出,不打印姓名。",
    ),
    "no_role": ("(no crisis role)", "(無危機角色)", "(无危机角色)"),
    # timings
    "figure": ("Figure", "指標", "指标"),
    "elapsed": ("Time from the alert", "警報後用時", "警报后用时"),
    "target": ("Target", "目標", "目标"),
    "result": ("Result", "結果", "结果"),
    "t_first": ("First acknowledgement", "首次確認", "首次确认"),
    "t_everyone": ("Everyone acknowledged", "全員確認", "全员确认"),
    "t_key_roles": ("Key roles acknowledged", "關鍵角色確認", "关键角色确认"),
    "alerted_at": ("Alert sent {at}", "警報發出時間 {at}", "警报发出时间 {at}"),
    "target_of_grade": (
        "Target: the acknowledge target of grade {grade}, {target}.",
        "目標:{grade}的確認時限,{target}。",
        "目标:{grade}的确认时限,{target}。",
    ),
    "no_grade": (
        "The scenario has no grade, so there is no target to compare with.",
        "演練情景未定等級,因此沒有可比較的目標。",
        "演练情景未定等级,因此没有可比较的目标。",
    ),
    "waiting": (
        "Key roles not acknowledged: {roles}",
        "尚未確認的關鍵角色:{roles}",
        "尚未确认的关键角色:{roles}",
    ),
    "chart_legend": (
        "Bars: minutes from each participant's notification to their acknowledgement. Dashed line: the target.",
        "長條:每位參與者由收到通知至確認的分鐘數。虛線:目標。",
        "长条:每位参与者由收到通知至确认的分钟数。虚线:目标。",
    ),
    "chart_minutes": ("minutes", "分鐘", "分钟"),
    "chart_not_ack": ("not acknowledged", "未確認", "未确认"),
    "chart_not_notified": ("not notified", "未通知", "未通知"),
    "chart_target": ("target {t}", "目標 {t}", "目标 {t}"),
    # findings
    "finding": ("Finding", "發現事項", "发现事项"),
    "ref": ("Ref.", "編號", "编号"),
    "severity": ("Severity", "嚴重程度", "严重程度"),
    "area_group": ("Area: {area}", "方面:{area}", "方面:{area}"),
    "finding_status": ("Status", "狀態", "状态"),
    "findings_summary": (
        "{total} findings: {open} open, {closed} closed.",
        "共 {total} 項發現事項:未結案 {open} 項,已結案 {closed} 項。",
        "共 {total} 项发现事项:未结案 {open} 项,已结案 {closed} 项。",
    ),
    "text_withheld": ("(text not included in this version)", "(此版本不含文字內容)", "(此版本不含文字内容)"),
    # improvement plan
    "action": ("Corrective action", "改進措施", "改进措施"),
    "owner": ("Owner (role)", "負責角色", "负责角色"),
    "owner_account": ("a named colleague", "指定同事", "指定同事"),
    "due": ("Due", "截止日期", "截止日期"),
    "done_at": ("Done", "完成時間", "完成时间"),
    "no_finding": ("general", "一般", "一般"),
    "overdue": ("overdue", "逾期", "逾期"),
    "plan_summary": (
        "{total} corrective actions: {open} open, {overdue} of them overdue.",
        "共 {total} 項改進措施:未完成 {open} 項,其中逾期 {overdue} 項。",
        "共 {total} 项改进措施:未完成 {open} 项,其中逾期 {overdue} 项。",
    ),
    # risks
    "risk_code": ("Risk", "風險編號", "风险编号"),
    "risk_title": ("Title", "名稱", "名称"),
    "level": ("Level", "等級", "等级"),
    "residual_level": ("Residual level", "剩餘風險等級", "剩余风险等级"),
    # general
    "none_recorded": ("None recorded.", "沒有紀錄。", "没有记录。"),
    "generated_at": ("Generated {at}", "產生時間 {at}", "生成时间 {at}"),
    "times_in": ("Times in {zone}", "時間以 {zone} 表示", "时间以 {zone} 表示"),
    "min": ("{n} min", "{n} 分鐘", "{n} 分钟"),
    "min_sec": ("{n} min {s} s", "{n} 分 {s} 秒", "{n} 分 {s} 秒"),
    "sec": ("{s} s", "{s} 秒", "{s} 秒"),
    "hours": ("{n} h", "{n} 小時", "{n} 小时"),
    "hours_min": ("{n} h {m} min", "{n} 小時 {m} 分鐘", "{n} 小时 {m} 分钟"),
}

_TYPES: dict[str, tuple[str, str, str]] = {
    "tabletop": ("Tabletop", "桌面推演", "桌面推演"),
    "simulation": ("Simulation", "模擬演練", "模拟演练"),
    "full_scale": ("Full-scale", "全面演練", "全面演练"),
    "surprise": ("Surprise", "突擊演練", "突击演练"),
}
_STATUSES: dict[str, tuple[str, str, str]] = {
    "planned": ("planned", "已計劃", "已计划"),
    "in_progress": ("in progress", "進行中", "进行中"),
    "done": ("done", "已完成", "已完成"),
    "cancelled": ("cancelled", "已取消", "已取消"),
}
_RESULTS: dict[str, tuple[str, str, str]] = {
    "met": ("met", "達成", "达成"),
    "partly_met": ("partly met", "部分達成", "部分达成"),
    "not_met": ("not met", "未達成", "未达成"),
}
_OUTCOMES: dict[str, tuple[str, str, str]] = {
    "met": ("met", "達標", "达标"),
    "missed": ("missed", "未達標", "未达标"),
    "not_all_acknowledged": ("not everyone acknowledged", "尚未全部確認", "尚未全部确认"),
    "no_target": ("no target", "無目標", "无目标"),
    "not_alerted": ("no alert sent", "未發出警報", "未发出警报"),
    "no_key_roles": ("no key roles", "沒有關鍵角色", "没有关键角色"),
}
_SEVERITIES: dict[str, tuple[str, str, str]] = {
    "critical": ("critical", "極嚴重", "极严重"),
    "high": ("high", "高", "高"),
    "medium": ("medium", "中", "中"),
    "low": ("low", "低", "低"),
}
_AREAS: dict[str, tuple[str, str, str]] = {
    "process": ("Process", "流程", "流程"),
    "tools": ("Tools", "工具", "工具"),
    "people": ("People", "人員", "人员"),
    "communication": ("Communication", "溝通", "沟通"),
}
_FINDING_STATUSES: dict[str, tuple[str, str, str]] = {
    "open": ("open", "未結案", "未结案"),
    "closed": ("closed", "已結案", "已结案"),
}
_OUTCOME_COLOURS = {AckOutcome.MET: MET, AckOutcome.MISSED: MISSED, AckOutcome.NOT_ALL_ACKNOWLEDGED: MISSED}
_RESULT_COLOURS = {ObjectiveResult.MET: MET, ObjectiveResult.NOT_MET: MISSED}
_SEVERITY_COLOURS = {FindingSeverity.CRITICAL: MISSED, FindingSeverity.HIGH: MISSED}
_AREA_ORDER = ("process", "people", "communication", "tools")


def word(key: str, language: str, **values: object) -> str:
    value = _WORDS[key][language_index(language)]
    return value.format(**values) if values else value


def _named(table_: dict[str, tuple[str, str, str]], value: object, language: str) -> str:
    entry = table_.get(str(value))
    return entry[language_index(language)] if entry else str(value)


def document_title(code: str, language: str) -> str:
    """The PDF title: the drill code and the report name, nothing typed about the drill."""
    return f"{code} — {word('report_name', language)}"


def duration(value: timedelta | None, language: str) -> str:
    """A span as the report prints it: seconds kept under two hours (a drill's figures are short)."""
    if value is None:
        return "—"
    seconds = max(0, int(value.total_seconds()))
    minutes, rest = divmod(seconds, 60)
    if minutes == 0:
        return word("sec", language, s=rest)
    if minutes < 120:
        return word("min_sec", language, n=minutes, s=rest) if rest else word("min", language, n=minutes)
    hours, left = divmod(minutes, 60)
    return word("hours_min", language, n=hours, m=left) if left else word("hours", language, n=hours)


class _Renderer(ReportWriter):
    def __init__(self, data: DrillReportData, paper: Paper, language: str) -> None:
        super().__init__(paper, language, data.time_zone)
        self.data = data
        self.today = data.generated_at.astimezone(self.zone).date()

    # -- helpers --------------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return word(key, self.language, **values)

    def at(self, moment: datetime | None, empty: str = "—") -> str:
        return format_moment(moment, self.zone, empty)

    def heading(self, key: str, number: int) -> Paragraph:
        return text(f"{number}. {self.t(key)}", self.style.heading)

    def role(self, participant: ParticipantLine) -> str:
        return w.role_label(participant.role, self.language) if participant.role else self.t("no_role")

    # -- sections -------------------------------------------------------------------------------

    def title_block(self) -> list[Flowable]:
        overview = self.data.overview
        parts: list[Flowable] = [
            text(f"{self.t('report_long')} · {overview.code}", self.style.title),
            text(overview.title, self.style.subtitle),
        ]
        facts = [
            self.t("generated_at", at=self.at(self.data.generated_at)),
            self.t("times_in", zone=self.data.time_zone),
        ]
        parts.append(text(" · ".join(facts), self.style.small))
        if self.data.deidentified:
            parts.append(text(self.t("deidentified_version"), self.style.small))
        return parts

    def overview(self, number: int) -> list[Flowable]:
        o, lang = self.data.overview, self.language
        planned_end = o.planned_start + o.planned_duration
        if o.actual_start is None:
            held = self.t("not_held")
        else:
            held = f"{self.at(o.actual_start)} – {self.at(o.actual_end, '…')}"
        length = (
            duration(o.held_for, lang)
            if o.held_for is not None
            else self.t("planned_duration", d=duration(o.planned_duration, lang))
        )
        key_roles = (
            ", ".join(w.role_label(r, lang) for r in o.key_roles)
            if o.key_roles
            else self.t("all_crisis_roles")
        )
        rows: list[list[str]] = [
            [self.t("code"), o.code],
            [self.t("title"), o.title],
            [self.t("type"), _named(_TYPES, o.drill_type.value, lang)],
            [self.t("status"), _named(_STATUSES, o.status.value, lang)],
            [self.t("planned"), f"{self.at(o.planned_start)} – {self.at(planned_end)}"],
            [self.t("held"), held],
            [self.t("duration"), length],
            [
                self.t("category"),
                w.label(o.scenario_category, lang) if o.scenario_category else self.t("not_set"),
            ],
            [
                self.t("grade"),
                w.grade_label(o.scenario_grade, lang) if o.scenario_grade else self.t("not_set"),
            ],
            [self.t("key_roles"), key_roles],
        ]
        rating = self.data.rating
        if rating.overall is not None:
            rows.append(
                [
                    self.t("overall"),
                    f"{_named(_RESULTS, rating.overall.value, lang)} · {rating.score_percent}%",
                ]
            )
        return [self.heading("overview", number), self.table(None, rows, [1.3, 3.7])]

    def scenario(self, number: int) -> list[Flowable]:
        scenario = self.data.overview.scenario.strip()
        return [
            self.heading("scenario", number),
            self.para(scenario) if scenario else self.note(self.t("no_scenario")),
        ]

    def objectives(self, number: int) -> list[Flowable]:
        parts: list[Flowable] = [self.heading("objectives", number)]
        if not self.data.objectives:
            return [*parts, self.para(self.t("none_recorded"))]
        rows: list[list[str]] = []
        emphasis: list[tuple[int, int, colors.Color]] = []
        for index, objective in enumerate(self.data.objectives):
            result = objective.result
            if result in _RESULT_COLOURS:
                emphasis.append((2, index, _RESULT_COLOURS[result]))  # type: ignore[index]
            rows.append(
                [
                    str(index + 1),
                    objective.text,
                    _named(_RESULTS, result.value, self.language) if result else self.t("not_rated"),
                ]
            )
        header = ["#", self.t("objective"), self.t("rating")]
        parts.append(self.table(header, rows, [0.35, 4.6, 1.2], emphasis))
        rating = self.data.rating
        if rating.score_percent is None:
            summary = self.t("not_rated")
        else:
            summary = self.t(
                "score_value",
                score=rating.score_percent,
                met=rating.met,
                partly=rating.partly_met,
                not_met=rating.not_met,
                unrated=rating.unrated,
            )
        overall = (
            _named(_RESULTS, rating.overall.value, self.language) if rating.overall else self.t("not_rated")
        )
        parts.append(
            self.table(None, [[self.t("overall"), overall], [self.t("score"), summary]], [1.3, 4.85])
        )
        parts.append(self.note(self.t("score_note")))
        return parts

    def participants(self, number: int) -> list[Flowable]:
        parts: list[Flowable] = [self.heading("participants", number)]
        lines = self.data.participants
        if not lines:
            return [*parts, self.para(self.t("none_recorded"))]
        counts: dict[str, int] = {}
        for line in lines:
            counts[self.role(line)] = counts.get(self.role(line), 0) + 1
        parts.append(self.para(" · ".join(self.t("count_by_role", role=r, n=n) for r, n in counts.items())))
        target = self.data.timings.target
        rows: list[list[str]] = []
        emphasis: list[tuple[int, int, colors.Color]] = []
        for index, line in enumerate(lines):
            latency = line.latency
            if latency is not None and target is not None:
                emphasis.append((4, index, MET if latency <= target else MISSED))
            rows.append(
                [
                    self.role(line),
                    line.department or "—",
                    self.at(line.notified_at),
                    self.at(line.acknowledged_at),
                    duration(latency, self.language),
                ]
            )
        header = [self.t(k) for k in ("role", "department", "notified", "acknowledged", "latency")]
        parts.append(self.table(header, rows, [1.4, 1.5, 1.3, 1.3, 1.35], emphasis))
        parts.append(self.note(self.t("participants_note")))
        return parts

    def timings(self, number: int) -> list[Flowable]:
        timings, lang = self.data.timings, self.language
        parts: list[Flowable] = [self.heading("timings", number)]
        if timings.alerted_at is not None:
            parts.append(self.para(self.t("alerted_at", at=self.at(timings.alerted_at))))
        rows: list[list[str]] = []
        emphasis: list[tuple[int, int, colors.Color]] = []
        for index, line in enumerate(timings.lines):
            if line.outcome in _OUTCOME_COLOURS:
                emphasis.append((3, index, _OUTCOME_COLOURS[line.outcome]))
            rows.append(
                [
                    self.t(f"t_{line.kind.value}"),
                    duration(line.elapsed, lang),
                    duration(timings.target, lang),
                    _named(_OUTCOMES, line.outcome.value, lang),
                ]
            )
        header = [self.t(k) for k in ("figure", "elapsed", "target", "result")]
        parts.append(self.table(header, rows, [2.2, 1.4, 1.2, 1.8], emphasis))
        if timings.grade is not None and timings.target is not None:
            grade = w.grade_label(timings.grade, lang)
            parts.append(
                self.note(self.t("target_of_grade", grade=grade, target=duration(timings.target, lang)))
            )
        else:
            parts.append(self.note(self.t("no_grade")))
        key = next((line for line in timings.lines if line.kind is TimingKind.KEY_ROLES), None)
        if timings.key_roles_waiting and key is not None and key.elapsed is None:
            roles = ", ".join(w.role_label(r, lang) for r in timings.key_roles_waiting)
            parts.append(self.note(self.t("waiting", roles=roles)))
        if self.data.participants:
            first, *rest = _AckChart(self.data, lang, self.width).drawings()
            legend = self.note(self.t("chart_legend"))
            label = text(self.t("ack_chart"), self.style.label)
            if rest:
                parts += [KeepTogether([label, first]), *rest[:-1], KeepTogether([rest[-1], legend])]
            else:
                parts.append(KeepTogether([label, first, legend]))
        return parts

    def findings(self, number: int) -> list[Flowable]:
        parts: list[Flowable] = [self.heading("findings", number)]
        findings = self.data.findings
        if not findings:
            return [*parts, self.para(self.t("none_recorded"))]
        open_count = sum(1 for f in findings if f.status.value == "open")
        parts.append(
            self.para(
                self.t(
                    "findings_summary",
                    total=len(findings),
                    open=open_count,
                    closed=len(findings) - open_count,
                )
            )
        )
        header = [self.t(k) for k in ("ref", "severity", "finding", "finding_status")]
        for area in sorted({f.area.value for f in findings}, key=_AREA_ORDER.index):
            group = sorted(
                (f for f in findings if f.area.value == area), key=lambda f: (f.severity.rank, f.number)
            )
            rows: list[list[str]] = []
            emphasis: list[tuple[int, int, colors.Color]] = []
            for index, finding in enumerate(group):
                if finding.severity in _SEVERITY_COLOURS:
                    emphasis.append((1, index, _SEVERITY_COLOURS[finding.severity]))
                rows.append(
                    [
                        finding.reference,
                        _named(_SEVERITIES, finding.severity.value, self.language),
                        finding.text if finding.text is not None else self.t("text_withheld"),
                        _named(_FINDING_STATUSES, finding.status.value, self.language),
                    ]
                )
            parts.append(
                text(self.t("area_group", area=_named(_AREAS, area, self.language)), self.style.label)
            )
            parts.append(self.table(header, rows, [0.5, 0.9, 4.1, 0.9], emphasis))
        return parts

    def improvement_plan(self, number: int) -> list[Flowable]:
        parts: list[Flowable] = [self.heading("improvement_plan", number)]
        lines = self.data.improvements
        if not lines:
            return [*parts, self.para(self.t("none_recorded"))]
        open_lines = [a for a in lines if a.status.is_open]
        overdue = sum(1 for a in open_lines if a.overdue(self.today))
        parts.append(
            self.para(self.t("plan_summary", total=len(lines), open=len(open_lines), overdue=overdue))
        )
        findings = {f.number: f for f in self.data.findings}
        rows: list[list[str]] = []
        emphasis: list[tuple[int, int, colors.Color]] = []
        for index, action in enumerate(lines):
            finding = findings.get(action.finding) if action.finding is not None else None
            if finding is None:
                reference = self.t("no_finding")
            else:
                reference = (
                    f"{finding.reference} · {_named(_SEVERITIES, finding.severity.value, self.language)}"
                )
            status = w.action_status_label(action.status.value, self.language)
            if action.overdue(self.today):
                status = f"{status} ({self.t('overdue')})"
                emphasis.append((4, index, MISSED))
            if action.owner_role is not None:
                owner = w.role_label(action.owner_role, self.language)
            else:
                owner = self.t("owner_account") if action.owner_is_account else "—"
            rows.append(
                [
                    reference,
                    action.title if action.title is not None else self.t("text_withheld"),
                    owner,
                    action.due_on.isoformat(),
                    status,
                    self.at(action.done_at),
                ]
            )
        header = [self.t(k) for k in ("finding", "action", "owner", "due", "status", "done_at")]
        parts.append(self.table(header, rows, [0.85, 2.5, 1.05, 0.95, 1.05, 1.2], emphasis))
        return parts

    def risks(self, number: int) -> list[Flowable]:
        parts: list[Flowable] = [self.heading("risks", number)]
        if not self.data.risks:
            return [*parts, self.para(self.t("none_recorded"))]
        index = language_index(self.language)
        rows = [
            [
                risk.code,
                risk.title or "—",
                LEVEL_NAMES[risk.level][index] if risk.level else "—",
                LEVEL_NAMES[risk.residual_level][index] if risk.residual_level else "—",
            ]
            for risk in self.data.risks
        ]
        header = [self.t(k) for k in ("risk_code", "risk_title", "level", "residual_level")]
        return [*parts, self.table(header, rows, [1.0, 3.6, 0.9, 1.1])]

    def story(self) -> list[Flowable]:
        sections = (
            self.overview,
            self.scenario,
            self.objectives,
            self.participants,
            self.timings,
            self.findings,
            self.improvement_plan,
            self.risks,
        )
        story = self.title_block()
        for number, section in enumerate(sections, start=1):
            story += section(number)
        return story


# -- the acknowledgement chart ------------------------------------------------------------------------

CHART_FONT_SIZE = 6.5
_NICE_STEPS = (1, 2, 5, 10, 15, 20, 30, 60, 120, 240)


class _AckChart:
    """One horizontal bar per participant: minutes from their notification to their acknowledgement.

    Bars within the target are green, later ones red; the target is a dashed line across. A
    participant without an acknowledgement (or a notification) gets a note instead of a bar, so the
    chart never suggests a time that was not measured.
    """

    ROW = 12.0
    ROWS_PER_PART = 40
    TOP = 12.0
    BOTTOM = 22.0

    def __init__(self, data: DrillReportData, language: str, width: float) -> None:
        self.data = data
        self.language = language
        self.width = width
        self.font = register_fonts()
        labels = [self._label(p) for p in data.participants]
        widest = max((stringWidth(label, self.font, CHART_FONT_SIZE) for label in labels), default=40.0)
        self.left = min(max(widest + 6, 60.0), width * 0.38)
        self.labels = labels
        latencies = [p.latency.total_seconds() / 60 for p in data.participants if p.latency is not None]
        target = data.timings.target.total_seconds() / 60 if data.timings.target is not None else None
        top = max([*latencies, target or 0.0, 1.0])
        step = next((s for s in _NICE_STEPS if top / s <= 6), _NICE_STEPS[-1])
        self.step = step
        self.maximum = step * (int(top // step) + 1)
        self.target = target

    def _label(self, line: ParticipantLine) -> str:
        role = w.role_label(line.role, self.language) if line.role else word("no_role", self.language)
        return f"{role} · {line.department}" if line.department else role

    def x(self, minutes: float) -> float:
        return self.left + (self.width - self.left - 40) * minutes / self.maximum

    def _string(
        self, x: float, y: float, value: str, *, colour: colors.Color = INK, anchor: str = "start"
    ) -> String:
        return String(
            x, y, value, fontName=self.font, fontSize=CHART_FONT_SIZE, fillColor=colour, textAnchor=anchor
        )

    def _fitted(self, value: str, room: float) -> str:
        """A label shortened with an ellipsis to fit ``room`` points (the drawing does not wrap)."""
        if stringWidth(value, self.font, CHART_FONT_SIZE) <= room:
            return value
        while value and stringWidth(value + "…", self.font, CHART_FONT_SIZE) > room:
            value = value[:-1]
        return value + "…"

    def drawings(self) -> list[Drawing]:
        """The chart in parts of at most ``ROWS_PER_PART`` bars on one scale: a part fits any page."""
        count = len(self.data.participants)
        return [
            self.drawing(start, min(start + self.ROWS_PER_PART, count))
            for start in range(0, count, self.ROWS_PER_PART)
        ]

    def drawing(self, first: int, last: int) -> Drawing:
        rows = last - first
        height = self.TOP + self.BOTTOM + rows * self.ROW
        drawing = Drawing(self.width, height)
        # the renderer's initial state would otherwise name Helvetica, a font the PDF cannot embed
        drawing.initialFontName = self.font
        drawing.initialFontSize = CHART_FONT_SIZE
        axis_y = self.BOTTOM
        right = self.x(self.maximum)
        drawing.add(Line(self.left, axis_y, right, axis_y, strokeColor=MUTED, strokeWidth=0.6))
        tick = 0
        while tick <= self.maximum:
            x = self.x(tick)
            drawing.add(Line(x, axis_y, x, axis_y - 3, strokeColor=MUTED, strokeWidth=0.5))
            drawing.add(Line(x, axis_y, x, height - self.TOP / 2, strokeColor=RULE, strokeWidth=0.2))
            drawing.add(self._string(x, axis_y - 10, str(tick), colour=MUTED, anchor="middle"))
            tick += self.step
        drawing.add(self._string(right + 8, axis_y - 10, word("chart_minutes", self.language), colour=MUTED))
        labels: list[String] = []  # drawn last, over the bars and the target line
        shown = zip(self.data.participants[first:last], self.labels[first:last], strict=True)
        for index, (line, label) in enumerate(shown):
            y = height - self.TOP - (index + 1) * self.ROW + 3
            drawing.add(
                self._string(self.left - 4, y + 1.5, self._fitted(label, self.left - 6), anchor="end")
            )
            latency = line.latency
            if latency is None:
                key = "chart_not_notified" if line.notified_at is None else "chart_not_ack"
                drawing.add(self._string(self.left + 3, y + 1.5, word(key, self.language), colour=MISSED))
                continue
            minutes = latency.total_seconds() / 60
            late = self.target is not None and minutes > self.target
            colour = MISSED if late else (MET if self.target is not None else ACCENT)
            bar = Rect(
                self.left,
                y,
                max(self.x(minutes) - self.left, 0.8),
                self.ROW - 5,
                fillColor=colour,
                strokeColor=None,
            )
            drawing.add(bar)
            labels.append(self._string(self.x(minutes) + 3, y + 1.5, duration(latency, self.language)))
        if self.target is not None:
            x = self.x(self.target)
            drawing.add(
                Line(x, axis_y, x, height - 2, strokeColor=INK, strokeWidth=0.8, strokeDashArray=[3, 2])
            )
            label = word("chart_target", self.language, t=duration(self.data.timings.target, self.language))
            drawing.add(self._string(x + 2, height - 7, label, colour=INK))
        for value in labels:
            drawing.add(value)
        return drawing


def render_drill_report(data: DrillReportData, *, paper: Paper, language: str) -> bytes:
    """The after-action report as PDF bytes."""
    renderer = _Renderer(data, paper, language)
    info = DocumentInfo(
        title=document_title(data.overview.code, language),
        subject=word("report_long", language),
        marking=layout_word("internal_marking", language),
        generated=format_moment(data.generated_at, renderer.zone),
        confidential=True,
    )
    return build_pdf(renderer.story(), info, paper=paper, language=language)
