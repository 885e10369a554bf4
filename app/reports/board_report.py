"""The period board report PDF: lays out a ``BoardReportData`` on A4 or Letter in one of three languages.

Prints exactly what the data holds (de-identified and suppressed before, in
``app.services.board_report``); a section whose data does not exist — no risk register, no drills in
the period — is left out rather than printed empty. The page furniture, fonts and metadata are
``app.reports.pdf_layout``'s, with the board (de-identified) marking on every page.

The executive summary is a few plain sentences made from the same figures as the tables, in the
report's language, respecting the suppression: a withheld count is said as "fewer than 5" or left
unsaid, never printed.

Charts: the risk heat map (``risk_figures.heat_map_figure``, with the moves since the previous
period drawn as arrows) and the drill charts (``drill_figures``) are matplotlib figures, embedded as
pixels at ``PRINT_DPI`` per printed inch, stored losslessly (crisp in print; the text
around them stays vector).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, cast

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image as PILImage
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from app.domain.risks import LEVEL_NAMES, RiskLevel
from app.reports import report_words as w
from app.reports.board_report_data import (
    BoardReportData,
    Compliance,
    OpenAction,
    RiskMove,
    Tally,
    Withheld,
)
from app.reports.pdf_layout import (
    MISSED,
    DocumentInfo,
    Paper,
    ReportWriter,
    build_pdf,
    format_moment,
    language_index,
    text,
)
from app.reports.pdf_layout import word as layout_word

PRINT_DPI = 220  # pixels per printed inch of a chart (print quality from 200)


def _board_key(key: str) -> str:
    board = f"bd_{key}"
    return board if board in w._WORDS else key


def document_title(start: date, end: date, language: str) -> str:
    """The PDF title: the report's name and its period, nothing else."""
    return f"{w.word('bd_board_report_name', language)} {start.isoformat()} – {end.isoformat()}"


def long_date(day: date, language: str) -> str:
    """ "1 July 2026" / "2026年7月1日"."""
    if language == "en":
        return f"{day.day} {day:%B} {day.year}"
    return f"{day.year}年{day.month}月{day.day}日"


def duration(value: timedelta | None, language: str) -> str:
    """A mean time as people say it: minutes under two hours, hours under three days, then days."""
    if value is None:
        return "—"
    minutes = value.total_seconds() / 60
    if minutes < 120:
        return w.word("minutes", language, n=round(minutes))
    hours = minutes / 60
    if hours < 72:
        return w.word("hours", language, n=f"{hours:.1f}".removesuffix(".0"))
    days = hours / 24
    return w.word("bd_board_days", language, n=f"{days:.1f}".removesuffix(".0"))


class _Raster(Flowable):
    """A rendered chart ``width`` × ``height`` points, drawn from the pixels (no PNG round trip)."""

    def __init__(self, pixels: Any, width: float, height: float) -> None:
        super().__init__()
        self.pixels = ImageReader(pixels)
        self.width, self.height = width, height
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        # Binary Flate only: reportlab's ASCII85 wrapping of image data is pure Python and took
        # 0.3 s per chart. The image object is built inside drawImage, so the switch is this local.
        ascii85 = rl_config.useA85
        rl_config.useA85 = 0
        try:
            self.canv.drawImage(self.pixels, 0, 0, self.width, self.height)
        finally:
            rl_config.useA85 = ascii85


def figure_image(figure: Figure, width: float) -> Flowable:
    """A matplotlib figure printed ``width`` points wide at ``PRINT_DPI`` pixels per printed inch.

    Rendered by Agg at exactly the resolution it prints at (a figure shown smaller than its size is
    rendered with fewer pixels, not more) and handed to reportlab as pixels, which it stores
    losslessly (Flate, like a PNG): encoding a PNG only for reportlab to decode it again took
    most of the report's time.
    """
    fig_width, fig_height = figure.get_size_inches()
    figure.set_dpi(PRINT_DPI * (width / 72) / fig_width)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    pixels = PILImage.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba()).convert("RGB")
    return _Raster(pixels, width, width * fig_height / fig_width)


class _Renderer(ReportWriter):
    def __init__(self, data: BoardReportData, paper: Paper, language: str) -> None:
        super().__init__(paper, language, data.time_zone)
        self.data = data

    # -- helpers --------------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        """A word of this report ("bd_" entries of ``report_words``), else a shared report word."""
        return w.word(_board_key(key), self.language, **values)

    def heading(self, key: str) -> Paragraph:
        return Paragraph(self.t(key), self.style.heading)

    def day(self, value: date) -> str:
        return long_date(value, self.language)

    def percent(self, compliance: Compliance) -> str:
        if compliance.percent is None:
            return self.t("board_withheld") if compliance.decided else "—"
        return f"{compliance.percent} %"

    def level(self, level: RiskLevel) -> str:
        return LEVEL_NAMES[level][language_index(self.language)]

    def spoken(self, tally: Tally) -> str:
        """A count inside a sentence: "fewer than 5" when suppressed."""
        if tally.withheld is not None:
            return self.t("board_fewer_than", k=tally.minimum)
        return str(tally.value)

    # -- the executive summary ----------------------------------------------------------------------

    def sentences(self) -> list[str]:
        data, figures = self.data, self.data.incidents
        period = {"start": self.day(data.period.start), "end": self.day(data.period.end)}
        found: list[str] = []
        total, serious = figures.total, figures.serious
        if total.value == 0:
            found.append(self.t("sum_none", **period))
        elif total.withheld is Withheld.SMALL:
            found.append(self.t("sum_few", k=total.minimum, **period))
        else:
            key = "sum_incidents_one" if total.value == 1 else "sum_incidents"
            first = self.t(key, n=self.spoken(total), **period)
            if serious.withheld is Withheld.COMPLEMENTARY:
                first += self.t("sum_serious_withheld")
            else:
                first += self.t("sum_serious", n=self.spoken(serious))
            found.append(first)
        previous = figures.previous_total
        if previous.value == 0 and previous.withheld is None and total.value:
            found.append(self.t("sum_previous_none"))  # "there were 0. 78 %" reads as a decimal
        elif previous.value != 0 or total.value:
            found.append(self.t("sum_previous", n=self.spoken(previous)))
        overall = figures.response[-1]
        if overall.acknowledge.percent is not None:
            sentence = self.t("sum_ack", p=overall.acknowledge.percent)
            if overall.start.percent is not None:
                sentence += self.t("sum_start", p=overall.start.percent)
            found.append(sentence + self.t("sum_stop"))
        elif total.value:
            found.append(self.t("sum_ack_withheld"))
        if data.risks is not None:
            move = data.risks.biggest_move
            found.append(self._move_sentence(move) if move else self.t("sum_risk_none"))
        if data.drills is not None:
            found.append(
                self.t(
                    "sum_drills",
                    done=data.drills.done,
                    planned=data.drills.planned,
                    open=sum(1 for f in data.drills.findings if f.status.value == "open"),
                )
            )
        actions = data.actions
        found.append(self.t("sum_actions", n=len(actions.actions), overdue=len(actions.overdue)))
        return found

    def _move_sentence(self, move: RiskMove) -> str:
        if move.before is None:
            return self.t("sum_risk_new", code=move.code, b=move.after_score)
        if move.after is None:
            return self.t("sum_risk_left", code=move.code, a=move.before_score)
        key = "sum_risk_rose" if move.change > 0 else "sum_risk_fell" if move.change < 0 else "sum_risk_moved"
        return self.t(key, code=move.code, a=move.before_score, b=move.after_score)

    # -- sections -------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        data = self.data
        period = self.t("cover_period", start=self.day(data.period.start), end=self.day(data.period.end))
        rows = [
            [self.t("cover_classification"), layout_word("board_marking", self.language)],
            [
                self.t("cover_period_label"),
                f"{data.period.start.isoformat()} – {data.period.end.isoformat()}",
            ],
            [self.t("cover_days"), str(data.period.days)],
            [self.t("cover_compared"), self._previous_period()],
            [self.t("cover_generated"), format_moment(data.generated_at, self.zone)],
            [self.t("cover_zone"), data.time_zone],
            [self.t("cover_cells"), self.t("cover_cells_value", k=data.min_cell_size)],
        ]
        return [
            Spacer(1, 40 * mm),
            Paragraph(self.t("board_report_name"), self.style.title),
            text(period, self.style.subtitle),
            Spacer(1, 10 * mm),
            self.table(None, rows, [1.3, 3]),
            Spacer(1, 8 * mm),
            self.note(self.t("cover_note")),
            PageBreak(),
        ]

    def _previous_period(self) -> str:
        previous = self.data.period.previous()
        return f"{previous.start.isoformat()} – {previous.end.isoformat()}"

    def summary(self) -> list[Flowable]:
        joiner = " " if self.language == "en" else ""
        return [self.heading("sec_summary"), self.para(joiner.join(self.sentences()))]

    def incidents(self) -> list[Flowable]:
        figures, lang = self.data.incidents, self.language
        rows = [[w.grade_label(line.grade, lang), str(line.incidents)] for line in figures.by_grade]
        rows.append([self.t("total"), str(figures.grade_total)])
        parts: list[Flowable] = [
            self.heading("sec_by_grade"),
            self.table([self.t("grade"), self.t("incidents")], rows, [3, 1]),
        ]
        parts.append(self.heading("sec_by_category"))
        if figures.by_category:
            rows = [[w.label(line.category, lang), str(line.incidents)] for line in figures.by_category]
            rows.append([self.t("total"), str(figures.category_total)])
            parts.append(self.table([self.t("category"), self.t("incidents")], rows, [3, 1]))
        else:
            parts.append(self.para(self.t("none_in_period")))
        parts.append(
            self.note(
                self.t(
                    "previous_total",
                    period=self._previous_period(),
                    n=str(figures.previous_total),
                )
            )
        )
        parts.append(
            self.note(self.t("suppression_note", k=self.data.min_cell_size, m=self.data.min_cell_size - 1))
        )
        return parts

    def response(self) -> list[Flowable]:
        lang = self.language
        lines = self.data.incidents.response
        rows: list[list[str]] = []
        means: list[list[str]] = []
        for line in lines:
            name = w.grade_label(line.grade, lang) if line.grade else self.t("all_grades")
            rows.append(
                [
                    name,
                    str(line.incidents),
                    duration(line.acknowledge_target, lang),
                    self.percent(line.acknowledge),
                    duration(line.start_target, lang),
                    self.percent(line.start),
                ]
            )
            mean_values = (line.mean_acknowledge, line.mean_start, line.mean_contain, line.mean_resolve)
            if line.incidents.shown:
                means.append([name, *(duration(value, lang) for value in mean_values)])
            else:
                means.append([name, *([self.t("board_withheld")] * len(mean_values))])
        header = [
            self.t(k) for k in ("grade", "incidents", "ack_target", "ack_met", "start_target", "start_met")
        ]
        mean_header = [self.t(k) for k in ("grade", "mean_ack", "mean_start", "mean_contain", "mean_resolve")]
        return [
            self.heading("sec_response"),
            self.table(header, rows, [1.6, 0.9, 1.0, 1.1, 1.0, 1.1]),
            self.note(self.t("compliance_note", k=self.data.min_cell_size)),
            Paragraph(self.t("sec_means"), self.style.label),
            self.table(mean_header, means, [1.6, 1.1, 1.1, 1.1, 1.1]),
            self.note(self.t("means_note")),
        ]

    def risks(self) -> list[Flowable]:
        risks = self.data.risks
        if risks is None:
            return []
        from app.reports.risk_figures import heat_map_figure  # noqa: PLC0415 - matplotlib on demand

        title = self.t("heat_title", day=risks.as_of.isoformat())
        figure = heat_map_figure(
            risks.cells_now, risks.bands, language=self.language, title=title, moved=cast(Any, risks.moves)
        )
        picture = figure_image(figure, min(self.width * 0.62, 105 * mm))
        level_rows = [
            [
                self.level(level),
                str(risks.levels_before.get(level, 0)),
                str(risks.levels_now.get(level, 0)),
                f"{risks.levels_now.get(level, 0) - risks.levels_before.get(level, 0):+d}",
            ]
            for level in (RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW)
        ]
        parts: list[Flowable] = [
            KeepTogether(
                [
                    self.heading("sec_risks"),
                    self.para(
                        self.t("risks_intro", before=risks.before.isoformat(), now=risks.as_of.isoformat())
                    ),
                    picture,
                    self.note(self.t("heat_note")),
                ]
            ),
            self.table(
                [self.t("level"), risks.before.isoformat(), risks.as_of.isoformat(), self.t("change")],
                level_rows,
                [1.5, 1, 1, 1],
            ),
        ]
        if risks.moves:
            rows = [
                [
                    move.code,
                    "—" if move.before_score is None else f"{move.before_score} {move.before}",
                    "—" if move.after_score is None else f"{move.after_score} {move.after}",
                    f"{move.change:+d}",
                ]
                for move in sorted(risks.moves, key=lambda m: (-abs(m.change), m.code))
            ]
            header = [self.t("risk"), self.t("score_before"), self.t("score_now"), self.t("change")]
            parts += [
                Paragraph(self.t("sec_moves"), self.style.label),
                self.table(header, rows, [1, 1.4, 1.4, 0.8]),
            ]
        else:
            parts.append(self.para(self.t("sum_risk_none")))
        if risks.top:
            rows = []
            for risk in risks.top:
                score = f"{self.level(risk.level)} ({risk.score})"
                if risk.residual_score is not None:
                    score += f" → {risk.residual_score}"
                if risk.owner_role is not None:
                    owner = w.role_label(risk.owner_role, self.language)
                elif risk.owner_title:
                    owner = risk.owner_title
                else:
                    owner = self.t("owner_account") if risk.owner_is_account else "—"
                treatment = self.t("withheld_text") if risk.treatment is None else (risk.treatment or "—")
                rows.append([risk.code, risk.title or self.t("withheld_text"), score, owner, treatment])
            header = [self.t(k) for k in ("risk", "risk_title", "level_score", "owner", "treatment")]
            parts += [
                self.heading("sec_top_risks"),
                self.table(header, rows, [0.8, 2.0, 1.1, 1.3, 2.6]),
                self.note(self.t("top_note")),
            ]
        return parts

    def drills(self) -> list[Flowable]:
        drills = self.data.drills
        if drills is None:
            return []
        lang = self.language
        parts: list[Flowable] = [
            self.heading("sec_drills"),
            self.para(
                self.t("drills_intro", done=drills.done, planned=drills.planned, cancelled=drills.cancelled)
            ),
        ]
        rows: list[list[str]] = []
        emphasis: list[tuple[int, int, colors.Color]] = []
        for index, line in enumerate(drills.lines):
            outcome = "—" if line.outcome is None else self.t(f"outcome_{line.outcome}")
            if line.outcome == "missed":
                emphasis.append((5, index, MISSED))
            rows.append(
                [
                    line.code,
                    w.label(line.drill_type, lang),
                    w.label(line.status, lang),
                    format_moment(line.held_at or line.planned_start, self.zone),
                    f"{duration(line.first_ack, lang)} / {duration(line.target, lang)}",
                    outcome,
                    f"{line.findings_open} / {line.findings_closed}",
                ]
            )
        header = [
            self.t(k) for k in ("drill", "drill_type", "status", "held", "first_ack", "result", "findings_oc")
        ]
        parts.append(self.table(header, rows, [1.1, 0.9, 0.9, 1.3, 1.3, 0.9, 1.1], emphasis))
        if drills.history:
            from app.reports.drill_figures import ack_history_figure, findings_figure  # noqa: PLC0415

            points = cast(Any, drills.history)
            parts.append(Spacer(1, 4))
            parts.append(figure_image(ack_history_figure(points, lang, tz=self.zone), self.width))
            parts.append(figure_image(findings_figure(points, lang, tz=self.zone), self.width))
        if drills.findings:
            counts = Counter((f.severity, f.area) for f in drills.findings)
            open_counts = Counter((f.severity, f.area) for f in drills.findings if f.status.value == "open")
            rows = [
                [
                    self.t(f"severity_{severity.value}"),
                    self.t(f"area_{area.value}"),
                    str(number),
                    str(open_counts.get((severity, area), 0)),
                    ", ".join(
                        sorted(
                            {
                                f.drill_code
                                for f in drills.findings
                                if (f.severity, f.area) == (severity, area)
                            }
                        )
                    ),
                ]
                for (severity, area), number in sorted(
                    counts.items(), key=lambda i: (-i[0][0].rank, i[0][1].value)
                )
            ]
            header = [self.t(k) for k in ("severity", "area", "findings", "still_open", "drills")]
            parts += [
                Paragraph(self.t("sec_findings"), self.style.label),
                self.table(header, rows, [1, 1.2, 0.8, 0.8, 2.2]),
                self.note(self.t("findings_note")),
            ]
        return parts

    def actions(self) -> list[Flowable]:
        actions = self.data.actions
        lang = self.language
        parts: list[Flowable] = [
            self.heading("sec_actions"),
            self.para(
                self.t(
                    "actions_intro",
                    n=len(actions.actions),
                    overdue=len(actions.overdue),
                    day=actions.today.isoformat(),
                )
            ),
            self.note(self.t("actions_note")),
        ]
        if not actions.actions:
            return parts
        by_owner = Counter(self.owner(a) for a in actions.actions)
        overdue_by_owner = Counter(self.owner(a) for a in actions.overdue)
        rows = [
            [owner, str(number), str(overdue_by_owner.get(owner, 0))]
            for owner, number in sorted(by_owner.items(), key=lambda i: (-i[1], i[0]))
        ]
        parts.append(self.table([self.t("owner"), self.t("open"), self.t("overdue_count")], rows, [2, 1, 1]))
        if actions.overdue:
            rows = [
                [
                    self.t(f"source_{a.source.value}"),
                    a.code,
                    self.owner(a),
                    a.due_on.isoformat(),
                    f"{w.action_status_label(a.status.value, lang)} ({self.t('overdue_days', n=(actions.today - a.due_on).days)})",
                ]
                for a in actions.overdue
            ]
            header = [self.t(k) for k in ("source", "code", "owner", "due", "status")]
            parts += [
                Paragraph(self.t("sec_overdue"), self.style.label),
                self.table(
                    header, rows, [0.9, 1.5, 1.4, 1.0, 1.8], [(4, i, MISSED) for i in range(len(rows))]
                ),
            ]
        return parts

    def owner(self, action: OpenAction) -> str:
        """The owner role; an action owned by an app account says so without naming its holder."""
        if action.owner_role is None and action.owner_is_account:
            return self.t("owner_account")
        return w.role_label(action.owner_role, self.language)

    def story(self, progress: Callable[[int], None]) -> list[Flowable]:
        story = [*self.cover(), *self.summary(), *self.incidents(), *self.response()]
        progress(40)
        story += self.risks()
        story += self.drills()
        progress(60)
        story += self.actions()
        return story


def render_board_report(
    data: BoardReportData,
    *,
    paper: Paper,
    language: str,
    progress: Callable[[int], None] | None = None,
) -> bytes:
    """The board report as PDF bytes; ``progress`` hears 40 / 60 / 70 / 90 as charts and layout go."""
    tell = progress or (lambda _percent: None)
    renderer = _Renderer(data, paper, language)
    story = renderer.story(tell)
    tell(70)
    info = DocumentInfo(
        title=document_title(data.period.start, data.period.end, language),
        subject=w.word("bd_board_subject", language),
        marking=layout_word("board_marking", language),
        generated=format_moment(data.generated_at, renderer.zone),
        confidential=False,
    )
    pdf = build_pdf(story, info, paper=paper, language=language)
    tell(90)
    return pdf
