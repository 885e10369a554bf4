"""Translated display names for the risk register's codes (scale points, levels, statuses, bases, sources).

The domain keeps English, Traditional and Simplified Chinese names for the spreadsheet import and the
PDFs; inside Qt every name comes from the translations instead, marked here with ``QT_TRANSLATE_NOOP``
(context "RiskLabels") so lupdate finds them and the language switches live. Sources are office data
stored with their three labels, so ``source_label`` picks the label for the interface language.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.crisis_roles import ROLE_LABELS
from app.domain.risks import LevelBands, RiskLevel, RiskScores, RiskStatus, ScoreBasis
from app.ui.incident_labels import crisis_role_name
from app.ui.preferences import LANGUAGE
from app.ui.translation import resolve_language

_LIKELIHOODS = {
    1: QT_TRANSLATE_NOOP("RiskLabels", "Rare"),
    2: QT_TRANSLATE_NOOP("RiskLabels", "Unlikely"),
    3: QT_TRANSLATE_NOOP("RiskLabels", "Possible"),
    4: QT_TRANSLATE_NOOP("RiskLabels", "Likely"),
    5: QT_TRANSLATE_NOOP("RiskLabels", "Almost certain"),
}
_IMPACTS = {
    1: QT_TRANSLATE_NOOP("RiskLabels", "Insignificant"),
    2: QT_TRANSLATE_NOOP("RiskLabels", "Minor"),
    3: QT_TRANSLATE_NOOP("RiskLabels", "Moderate"),
    4: QT_TRANSLATE_NOOP("RiskLabels", "Major"),
    5: QT_TRANSLATE_NOOP("RiskLabels", "Severe"),
}
_LEVELS = {
    RiskLevel.LOW: QT_TRANSLATE_NOOP("RiskLabels", "Low"),
    RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("RiskLabels", "Medium"),
    RiskLevel.HIGH: QT_TRANSLATE_NOOP("RiskLabels", "High"),
}
_STATUSES = {
    RiskStatus.OPEN: QT_TRANSLATE_NOOP("RiskLabels", "Open"),
    RiskStatus.TREATING: QT_TRANSLATE_NOOP("RiskLabels", "Treating"),
    RiskStatus.ACCEPTED: QT_TRANSLATE_NOOP("RiskLabels", "Accepted"),
    RiskStatus.CLOSED: QT_TRANSLATE_NOOP("RiskLabels", "Closed"),
}
_BASES = {
    ScoreBasis.INHERENT: QT_TRANSLATE_NOOP("RiskLabels", "Inherent (before controls)"),
    ScoreBasis.RESIDUAL: QT_TRANSLATE_NOOP("RiskLabels", "Residual (after controls)"),
}


class SourceLabels(Protocol):
    """What ``source_label`` needs of a ``RiskSourceView``: the code and its three stored labels."""

    @property
    def code(self) -> str: ...
    @property
    def label_en(self) -> str: ...
    @property
    def label_zh_tw(self) -> str: ...
    @property
    def label_zh_cn(self) -> str: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("RiskLabels", text)


def likelihood_name(value: int) -> str:
    return _tr(_LIKELIHOODS[value])


def impact_name(value: int) -> str:
    return _tr(_IMPACTS[value])


def level_name(level: RiskLevel | str) -> str:
    return _tr(_LEVELS[RiskLevel(level)])


def status_name(status: RiskStatus | str) -> str:
    return _tr(_STATUSES[RiskStatus(status)])


def basis_name(basis: ScoreBasis | str) -> str:
    return _tr(_BASES[ScoreBasis(basis)])


def source_label(source: SourceLabels) -> str:
    """The stored label in the interface language, falling back to English and then to the code."""
    language = resolve_language(LANGUAGE.get())
    chosen = {"zh_TW": source.label_zh_tw, "zh_CN": source.label_zh_cn}.get(language, source.label_en)
    return chosen or source.label_en or source.code


def score_formula(likelihood: int, impact: int, bands: LevelBands, *, residual: bool = False) -> str:
    """One line: "Score 12 = likelihood 3 (Possible) × impact 4 (Major) → High (10–25)"."""
    value = likelihood * impact
    level = bands.level_for(value)
    low, high = bands.range_of(level)
    if residual:
        template = QCoreApplication.translate(
            "RiskLabels", "Residual score %1 = likelihood %2 (%3) × impact %4 (%5) → %6 (%7–%8)"
        )
    else:
        template = QCoreApplication.translate(
            "RiskLabels", "Score %1 = likelihood %2 (%3) × impact %4 (%5) → %6 (%7–%8)"
        )
    # Replace from the highest placeholder down so "%1" never eats the start of "%10"-like text.
    values = (
        str(value),
        str(likelihood),
        likelihood_name(likelihood),
        str(impact),
        impact_name(impact),
        level_name(level),
        str(low),
        str(high),
    )
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", values[number - 1])
    return template


def formula_text(scores: RiskScores, bands: LevelBands) -> str:
    """The inherent formula, and on a second line the residual one when residual scores are set."""
    lines = [score_formula(scores.likelihood, scores.impact, bands)]
    if scores.residual_likelihood is not None and scores.residual_impact is not None:
        lines.append(score_formula(scores.residual_likelihood, scores.residual_impact, bands, residual=True))
    return "\n".join(lines)


# The services give an owner as one English label (a crisis role's, an account's display name or
# a position title typed by the office); a crisis role is shown in the interface language instead.
_ROLE_BY_ENGLISH_LABEL = {labels[0]: role for role, labels in ROLE_LABELS.items()}


def owner_name(owner_label: str) -> str:
    """``owner_label`` as shown: a crisis role translated, an account or a position title as stored."""
    role = _ROLE_BY_ENGLISH_LABEL.get(owner_label)
    return crisis_role_name(role) if role is not None else owner_label
