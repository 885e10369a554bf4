"""The incident summary PDF: lays out an ``IncidentSummaryData`` on A4 or Letter in one of three languages.

Prints exactly what the data holds: the de-identification is done before (``app.services.reports``),
so a board summary's empty fields come out as a note saying what this version leaves out.

The timeline chart is drawn with ``reportlab.graphics`` (vector shapes and the embedded font), so it
is as sharp on paper as the text and costs a few milliseconds instead of a rendered image.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.domain.clocks import ClockState
from app.domain.incidents import Impact
from app.domain.simplified_step_titles import chinese_step_title
from app.reports import report_words as w
from app.reports.incident_summary_data import (
    Audience,
    IncidentSummaryData,
    KeyTime,
    KeyTimeKind,
    TimelineKind,
    TimelineLine,
)
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
    register_fonts,
    text,
)
from app.reports.pdf_layout import word as layout_word

_STATE_COLOURS = {ClockState.MET: MET, ClockState.MISSED: MISSED, ClockState.OVERDUE: MISSED}


def document_title(code: str, language: str) -> str:
    """The PDF title: the incident code and the report name, nothing typed about the case."""
    return f"{code} — {w.word('report_name', language)}"


def _duration(value: timedelta | None, language: str) -> str:
    if value is None:
        return "—"
    minutes = int(value.total_seconds() // 60)
    if minutes < 120:
        return w.word("minutes", language, n=minutes)
    if minutes < 72 * 60 or minutes % (24 * 60):
        hours = minutes / 60
        return w.word("hours", language, n=f"{hours:.0f}" if hours == int(hours) else f"{hours:.1f}")
    return w.word("days", language, n=minutes // (24 * 60))


def _key_time_name(key: KeyTime, language: str) -> str:
    if key.kind is KeyTimeKind.BREACH_NOTICE:
        return w.word("kt_breach_notice", language, rule=key.rule)
    return w.word(f"kt_{key.kind.value}", language)


class _Renderer(ReportWriter):
    def __init__(self, data: IncidentSummaryData, paper: Paper, language: str) -> None:
        super().__init__(paper, language, data.time_zone)
        self.data = data

    # -- helpers --------------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return w.word(key, self.language, **values)

    def at(self, moment: datetime | None) -> str:
        return format_moment(moment, self.zone)

    def heading(self, key: str) -> Paragraph:
        return Paragraph(self.t(key), self.style.heading)

    # -- sections -------------------------------------------------------------------------------

    def title_block(self) -> list[Flowable]:
        header = self.data.header
        audience = "audience_board" if self.data.audience is Audience.BOARD else "audience_internal"
        parts: list[Flowable] = [
            Paragraph(f"{self.t('report_name')} · {header.code}", self.style.title),
        ]
        if header.title:
            parts.append(text(header.title, self.style.subtitle))
        parts.append(
            text(
                " · ".join(
                    (
                        self.t(audience),
                        self.t("generated_at", at=self.at(self.data.generated_at)),
                        self.t("times_in", zone=self.data.time_zone),
                    )
                ),
                self.style.small,
            )
        )
        return parts

    def overview(self) -> list[Flowable]:
        header, lang = self.data.header, self.language
        flags = [self.t("drill")] * header.is_drill + [self.t("test")] * header.is_test
        rows: list[list[str]] = [[self.t("code"), header.code]]
        if header.title is not None:
            rows.append([self.t("title"), header.title])
        rows += [
            [self.t("category"), w.label(header.category, lang)],
            [self.t("grade"), w.grade_label(header.grade, lang)],
            [self.t("status"), w.label(header.status, lang)],
            [self.t("occurred"), self.at(header.occurred_at)],
            [self.t("detected"), self.at(header.detected_at)],
        ]
        if flags:
            rows.append([self.t("flags"), ", ".join(flags)])
        return [self.heading("overview"), self.table(None, rows, [1, 3])]

    def key_times(self) -> list[Flowable]:
        rows: list[list[str]] = []
        emphasis: list[tuple[int, int, colors.Color]] = []
        for index, key in enumerate(self.data.key_times):
            result = "—" if key.state is None else w.state_label(key.state, self.language)
            if key.state in _STATE_COLOURS:
                emphasis.append((4, index, _STATE_COLOURS[key.state]))
            rows.append(
                [
                    _key_time_name(key, self.language),
                    self.at(key.at) if key.at else self.t("not_yet"),
                    _duration(key.target, self.language),
                    self.at(key.due_at),
                    result,
                ]
            )
        header = [self.t(k) for k in ("milestone", "time", "target", "due", "result")]
        return [self.heading("key_times"), self.table(header, rows, [2.4, 1.7, 1.0, 1.7, 1.0], emphasis)]

    def chart(self) -> list[Flowable]:
        drawing = _TimelineChart(self.data, self.language, self.zone, self.width).drawing()
        return [KeepTogether([self.heading("chart"), drawing, self.note(self.t("chart_legend"))])]

    def facts(self) -> list[Flowable]:
        facts, lang = self.data.facts, self.language
        impact: Impact = facts.impact
        area_words = {
            "operations": "operations",
            "finance": "finance",
            "reputation": "reputation",
            "people": "people_area",
        }
        rows: list[list[str]] = [
            [self.t(area_words[area]), w.label(getattr(impact, area), lang)] for area in Impact.AREAS
        ]
        rows += [
            [self.t("direct_loss"), _money(impact.direct_loss) or self.t("not_estimated")],
            [self.t("indirect_loss"), _money(impact.indirect_loss) or self.t("not_estimated")],
            [self.t("people_involved"), str(facts.people_involved)],
        ]
        if facts.sources is not None:
            value = self.t("sources_value", verified=facts.verified_sources, total=facts.sources)
            rows.append([self.t("sources"), value])
        if facts.place is not None:
            rows.append([self.t("place"), facts.place or "—"])
        if facts.departments:
            rows.append([self.t("departments"), ", ".join(facts.departments)])
        parts: list[Flowable] = [
            self.heading("facts"),
            self.table(None, rows, [1.4, 2.6]),
        ]
        for key, value in (("cause", facts.cause), ("course", facts.course_of_events)):
            if value:
                parts += [Paragraph(self.t(key), self.style.label), self.para(value)]
        return parts

    def _timeline_row(self, line: TimelineLine) -> list[str]:
        lang = self.language
        if line.kind is TimelineKind.STATUS:
            before = w.label(line.from_status, lang) if line.from_status else "—"
            after = w.label(line.to_status, lang) if line.to_status else "—"
            return [self.at(line.at), self.t("status_change"), f"{before} → {after}"]
        if line.kind is TimelineKind.NOTIFICATION:
            return [self.at(line.at), self.t("notified"), w.role_label(line.role, lang)]
        if line.kind is TimelineKind.CHECKLIST:
            return [self.at(line.at), self.t("step_done"), line.text or ""]
        name = self.t("addendum" if line.kind is TimelineKind.ADDENDUM else "entry")
        if line.text is None:
            details = self.t("entry_withheld")
        else:
            details = f"[{line.department}] {line.text}" if line.department else line.text
        return [self.at(line.at), name, details]

    def timeline(self) -> list[Flowable]:
        parts: list[Flowable] = [self.heading("timeline")]
        if not self.data.timeline:
            return [*parts, self.para(self.t("none_recorded"))]
        rows = [self._timeline_row(line) for line in self.data.timeline]
        header = [self.t("time"), self.t("event"), self.t("details")]
        return [*parts, self.table(header, rows, [1.25, 1.25, 4.5])]

    def checklist(self) -> list[Flowable]:
        checklist = self.data.checklist
        parts: list[Flowable] = [
            self.heading("checklist"),
            self.para(
                self.t(
                    "checklist_summary",
                    done=checklist.done,
                    total=checklist.total,
                    on_time=checklist.done_on_time,
                )
            ),
        ]
        if not checklist.lines:
            return parts
        rows: list[list[str]] = []
        emphasis: list[tuple[int, int, colors.Color]] = []
        for index, line in enumerate(checklist.lines):
            title = line.title_en if self.language == "en" else line.title_zh
            if title and self.language == "zh_CN":
                title = chinese_step_title(title, simplified=True)
            on_time = "—" if line.on_time is None else self.t("yes" if line.on_time else "no")
            if line.on_time is False:
                emphasis.append((4, index, MISSED))
            rows.append(
                [
                    title or self.t("step_typed"),
                    w.role_label(line.role, self.language),
                    self.at(line.due_at),
                    self.at(line.done_at),
                    on_time,
                ]
            )
        header = [self.t(k) for k in ("step", "role", "due", "done", "on_time")]
        return [*parts, self.table(header, rows, [3.2, 1.3, 1.4, 1.4, 0.8], emphasis)]

    def notifications(self) -> list[Flowable]:
        parts: list[Flowable] = [self.heading("notifications")]
        lines = self.data.notifications
        if not lines:
            return [*parts, self.para(self.t("none_recorded"))]
        internal = self.data.audience is Audience.INTERNAL
        header = [self.t("role"), self.t("channel")]
        widths = [1.5, 1.0]
        if internal:
            header.append(self.t("recipient"))
            widths.append(1.6)
        header += [self.t("notified"), self.t("acknowledged"), self.t("time_to_ack")]
        widths += [1.4, 1.4, 1.0]
        rows: list[list[str]] = []
        for line in lines:
            row = [w.role_label(line.role, self.language), w.channel_label(line.channel, self.language)]
            if internal:
                row.append(line.recipient or "—")
            row += [
                self.at(line.notified_at),
                self.at(line.acknowledged_at),
                _duration(line.time_to_acknowledge, self.language),
            ]
            rows.append(row)
        return [*parts, self.table(header, rows, widths)]

    def people(self) -> list[Flowable]:
        people, lang = self.data.people, self.language
        parts: list[Flowable] = [
            self.heading("people"),
            self.para(f"{self.t('people_total')}: {people.total}"),
        ]
        if people.by_involvement:
            rows = [[w.involvement_label(kind, lang), str(count)] for kind, count in people.by_involvement]
            parts.append(self.table([self.t("involvement"), self.t("count")], rows, [2, 1]))
        if self.data.audience is Audience.BOARD:
            parts.append(self.note(self.t("suppressed_note", k=people.total.minimum)))
            return parts
        if people.lines:
            header = [self.t(k) for k in ("pseudonym", "involvement", "linked", "overdue_follow_ups")]
            widths = [1.2, 1.2, 1.5, 1.1]
            if people.identities_shown:
                header.append(self.t("identity"))
                widths.append(2.2)
            rows = []
            for line in people.lines:
                row = [
                    line.pseudonym,
                    w.involvement_label(line.involvement, lang),
                    self.at(line.linked_at),
                    str(line.follow_ups_overdue),
                ]
                if people.identities_shown:
                    row.append(line.identity or "—")
                rows.append(row)
            parts += [Spacer(1, 4), self.table(header, rows, widths)]
        parts.append(self.note(self.t("identities_note" if people.identities_shown else "pseudonyms_note")))
        return parts

    def review(self) -> list[Flowable]:
        review = self.data.review
        parts: list[Flowable] = []
        if self.data.audience is Audience.BOARD:
            rows = [
                [self.t(key), self.t("filled") if key not in review.missing else self.t("not_filled")]
                for key in ("root_cause", "recovery_plan", "effect_evaluation", "lessons_learned")
            ]
            return [
                self.heading("review"),
                self.table(None, rows, [1.4, 2.6]),
                self.note(self.t("review_withheld")),
            ]
        for key in ("root_cause", "recovery_plan", "effect_evaluation", "lessons_learned"):
            value = getattr(review, key)
            parts += [self.heading(key), self.para(value) if value else self.note(self.t("not_filled"))]
        return parts

    def actions(self) -> list[Flowable]:
        parts: list[Flowable] = [self.heading("actions")]
        actions = self.data.actions
        if not actions:
            return [*parts, self.para(self.t("none_recorded"))]
        internal = self.data.audience is Audience.INTERNAL
        today = self.data.generated_at.astimezone(self.zone).date()
        header = ([self.t("action")] if internal else []) + [
            self.t(k) for k in ("owner", "due", "status", "done")
        ]
        widths = ([3.0] if internal else []) + [1.4, 1.0, 1.2, 1.4]
        rows: list[list[str]] = []
        emphasis: list[tuple[int, int, colors.Color]] = []
        status_column = 3 if internal else 2
        for index, action in enumerate(actions):
            status = w.action_status_label(action.status.value, self.language)
            if action.overdue(today):
                status = f"{status} ({self.t('overdue')})"
                emphasis.append((status_column, index, MISSED))
            row = [action.title or "—"] if internal else []
            row += [
                w.role_label(action.owner_role, self.language),
                action.due_on.isoformat(),
                status,
                self.at(action.done_at),
            ]
            rows.append(row)
        return [*parts, self.table(header, rows, widths, emphasis)]

    def story(self) -> list[Flowable]:
        return [
            *self.title_block(),
            *self.overview(),
            *self.key_times(),
            *self.chart(),
            *self.facts(),
            *self.timeline(),
            *self.checklist(),
            *self.notifications(),
            *self.people(),
            *self.review(),
            *self.actions(),
        ]


def _money(cents: int | None) -> str:
    return "" if cents is None else f"{cents / 100:,.2f}"


# -- the timeline chart -------------------------------------------------------------------------------

_STEPS = [
    timedelta(minutes=m)
    for m in (5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 7 * 1440, 14 * 1440, 30 * 1440, 90 * 1440)
]
CHART_FONT_SIZE = 6.5


class _TimelineChart:
    """Three lanes over one time axis: milestones, notifications (sent → acknowledged), entries.

    Target due instants are dashed lines across all lanes. Milestone labels are stacked on up to
    three rows so that close milestones do not print over each other.
    """

    LEFT = 62.0
    HEIGHT = 150.0

    def __init__(self, data: IncidentSummaryData, language: str, zone: tzinfo, width: float) -> None:
        self.data = data
        self.language = language
        self.zone = zone
        self.width = width
        font = register_fonts()
        self.font = font
        instants = [k.at for k in data.key_times if k.at] + [k.due_at for k in data.key_times if k.due_at]
        instants += [n.notified_at for n in data.notifications]
        instants += [n.acknowledged_at for n in data.notifications if n.acknowledged_at]
        instants += [line.at for line in data.timeline]
        start = min(instants) if instants else data.generated_at
        end = max(instants) if instants else start
        if end - start < timedelta(minutes=30):
            end = start + timedelta(minutes=30)
        pad = (end - start) * 0.03
        self.start, self.end = start - pad, end + pad

    def x(self, moment: datetime) -> float:
        span = (self.end - self.start).total_seconds()
        return self.LEFT + (self.width - self.LEFT - 8) * (moment - self.start).total_seconds() / span

    def _string(
        self, x: float, y: float, value: str, *, colour: colors.Color = INK, anchor: str = "start"
    ) -> String:
        return String(
            x, y, value, fontName=self.font, fontSize=CHART_FONT_SIZE, fillColor=colour, textAnchor=anchor
        )

    def _ticks(self, drawing: Drawing, axis_y: float) -> None:
        span = self.end - self.start
        step = next((s for s in _STEPS if span / s <= 7), _STEPS[-1])
        local_start = self.start.astimezone(self.zone)
        if step >= timedelta(days=1):
            first = local_start.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
            fmt = "%Y-%m-%d"
        else:
            minutes = int(step.total_seconds() // 60)
            base = local_start.replace(second=0, microsecond=0)
            offset = (base.hour * 60 + base.minute) % minutes
            first = base + timedelta(minutes=minutes - offset if offset else 0)
            fmt = "%m-%d %H:%M"
        tick = first
        while tick <= self.end:
            x = self.x(tick)
            drawing.add(Line(x, axis_y, x, axis_y - 3, strokeColor=MUTED, strokeWidth=0.5))
            label = f"{tick.astimezone(self.zone):{fmt}}"
            half = stringWidth(label, self.font, CHART_FONT_SIZE) / 2
            # a tick close to the right end keeps its mark but not a label that would run past the
            # drawing into the page margin (where a printer cuts it off); its neighbours date it
            if x + half <= self.width:
                drawing.add(self._string(x, axis_y - 10, label, colour=MUTED, anchor="middle"))
            tick = tick + step

    def drawing(self) -> Drawing:
        drawing = Drawing(self.width, self.HEIGHT)
        # the renderer's initial state would otherwise name Helvetica, a font the PDF cannot embed
        drawing.initialFontName = self.font
        drawing.initialFontSize = CHART_FONT_SIZE
        lane_y = {"milestones": 112.0, "notifications": 62.0, "entries": 36.0}
        axis_y = 22.0
        right = self.width - 8
        for key, y in lane_y.items():
            drawing.add(self._string(0, y - 2, w.word(f"lane_{key}", self.language), colour=MUTED))
            drawing.add(Line(self.LEFT, y, right, y, strokeColor=RULE, strokeWidth=0.3))
        drawing.add(Line(self.LEFT, axis_y, right, axis_y, strokeColor=MUTED, strokeWidth=0.6))
        self._ticks(drawing, axis_y)
        # target due lines
        for key in self.data.key_times:
            if key.due_at is None or key.kind is KeyTimeKind.BREACH_NOTICE:
                continue
            x = self.x(key.due_at)
            colour = MISSED if key.state in (ClockState.MISSED, ClockState.OVERDUE) else MET
            drawing.add(
                Line(
                    x, axis_y, x, self.HEIGHT - 4, strokeColor=colour, strokeWidth=0.7, strokeDashArray=[3, 2]
                )
            )
        # milestones, labels stacked on free rows
        rows_end: list[float] = [-1e9, -1e9, -1e9]
        for key in self.data.key_times:
            if key.at is None or key.kind is KeyTimeKind.BREACH_NOTICE:
                continue
            x, y = self.x(key.at), lane_y["milestones"]
            drawing.add(
                Polygon(
                    [x, y + 4, x + 4, y, x, y - 4, x - 4, y],
                    fillColor=ACCENT,
                    strokeColor=ACCENT,
                    strokeWidth=0.3,
                )
            )
            label = w.word(f"kt_{key.kind.value}", self.language)
            width = stringWidth(label, self.font, CHART_FONT_SIZE)
            left = min(max(x - width / 2, self.LEFT), right - width)
            row = next((i for i, end in enumerate(rows_end) if left > end + 3), len(rows_end) - 1)
            rows_end[row] = left + width
            label_y = y + 8 + row * 9
            drawing.add(self._string(left, label_y, label))
            if row:
                drawing.add(Line(x, y + 4, x, label_y - 1, strokeColor=RULE, strokeWidth=0.3))
        # notifications: open circle when sent, line to a filled one when acknowledged
        for index, line in enumerate(self.data.notifications):
            y = lane_y["notifications"] + (index % 3 - 1) * 7
            x0 = self.x(line.notified_at)
            if line.acknowledged_at is not None:
                x1 = self.x(line.acknowledged_at)
                drawing.add(Line(x0, y, x1, y, strokeColor=ACCENT, strokeWidth=0.8))
                drawing.add(Circle(x1, y, 2.4, fillColor=ACCENT, strokeColor=ACCENT, strokeWidth=0.5))
            drawing.add(Circle(x0, y, 2.4, fillColor=colors.white, strokeColor=ACCENT, strokeWidth=0.7))
        # timeline entries as ticks
        for line in self.data.timeline:
            if line.kind in (TimelineKind.ENTRY, TimelineKind.ADDENDUM):
                x = self.x(line.at)
                y = lane_y["entries"]
                drawing.add(Line(x, y - 5, x, y + 5, strokeColor=INK, strokeWidth=0.7))
        return drawing


def render_incident_summary(data: IncidentSummaryData, *, paper: Paper, language: str) -> bytes:
    """The summary as PDF bytes."""
    renderer = _Renderer(data, paper, language)
    marking_key = "board_marking" if data.audience is Audience.BOARD else "internal_marking"
    info = DocumentInfo(
        title=document_title(data.header.code, language),
        subject=w.word("audience_board" if data.deidentified else "audience_internal", language),
        marking=layout_word(marking_key, language),
        generated=format_moment(data.generated_at, renderer.zone),
        confidential=not data.deidentified,
    )
    return build_pdf(renderer.story(), info, paper=paper, language=language)
