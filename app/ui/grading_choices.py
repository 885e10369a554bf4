"""The grading questions' choices, shared by the new-incident wizard and the "Change grade" dialog.

Both ask the same questions of ``GradingInput`` (leak tier, sensitivity, urgency), each with a
"not known yet" answer, so the lists and their reading back live here once. The texts keep the
wizard's translation context, where they were first translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from app.domain.grading import LeakTier, Sensitivity, Urgency

NOT_KNOWN = "__not_known__"
CONTEXT = "IncidentWizard"

_NOT_KNOWN_TEXT = QT_TRANSLATE_NOOP("IncidentWizard", "Not known yet")
LEAK_TIERS = (
    (LeakTier.MINOR, QT_TRANSLATE_NOOP("IncidentWizard", "Minor · 輕微")),
    (LeakTier.MODERATE, QT_TRANSLATE_NOOP("IncidentWizard", "Moderate · 中度")),
    (LeakTier.MAJOR, QT_TRANSLATE_NOOP("IncidentWizard", "Major · 重大")),
)
SENSITIVITIES = (
    (Sensitivity.NONE, QT_TRANSLATE_NOOP("IncidentWizard", "None: no personal data, no harm to people")),
    (Sensitivity.LOW, QT_TRANSLATE_NOOP("IncidentWizard", "Low: ordinary personal data or minor harm")),
    (
        Sensitivity.HIGH,
        QT_TRANSLATE_NOOP("IncidentWizard", "High: health or counselling data, or serious harm"),
    ),
    (
        Sensitivity.CRITICAL,
        QT_TRANSLATE_NOOP("IncidentWizard", "Critical: clinical records at scale or grave harm"),
    ),
)
URGENCIES = (
    (Urgency.IMMEDIATE, QT_TRANSLATE_NOOP("IncidentWizard", "Immediate: now, within the hour")),
    (Urgency.HIGH, QT_TRANSLATE_NOOP("IncidentWizard", "High: within hours")),
    (Urgency.MEDIUM, QT_TRANSLATE_NOOP("IncidentWizard", "Medium: within a day")),
    (Urgency.LOW, QT_TRANSLATE_NOOP("IncidentWizard", "Low: within days")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def fill_grading_choices(leak_tier: QComboBox, sensitivity: QComboBox, urgency: QComboBox) -> None:
    """Put "not known yet" and the answers in the three combo boxes (item data: the codes)."""
    for combo, choices in ((leak_tier, LEAK_TIERS), (sensitivity, SENSITIVITIES), (urgency, URGENCIES)):
        combo.addItem(_tr(_NOT_KNOWN_TEXT), NOT_KNOWN)
        for value, text in choices:
            combo.addItem(_tr(text), value.value)


def chosen_code(combo: QComboBox) -> str | None:
    """The code chosen in one of the combo boxes, ``None`` for "not known yet"."""
    value = combo.currentData()
    return None if value == NOT_KNOWN or value is None else str(value)


def leak_tier_help(combo: QComboBox) -> str:
    """The chosen leak tier's definition, in English and Chinese ("" while not known)."""
    code = chosen_code(combo)
    if code is None:
        return ""
    tier = LeakTier(code)
    return tier.definition_en + "\n" + tier.definition_zh
