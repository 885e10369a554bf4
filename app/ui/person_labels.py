"""Translated names for the people records' codes: involvement, follow-up kinds, bands, alerts, consent.

The codes are stored; what a counsellor reads comes from Qt's translations, marked here with
``QT_TRANSLATE_NOOP``. The questionnaire wording is the published English text of the PHQ-9 and
GAD-7 (free to reproduce); a translation must be the validated one, not a paraphrase.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from app.domain.screenings import AlertReason, Band, Instrument
from app.services.people import ConsentMethod, FollowUpKind, Involvement

ALERT_COLOUR = QColor("#c62828")
ALERT_TEXT_COLOUR = QColor("#ffffff")
ALERT_STYLE = "QLabel { background-color: #c62828; color: #ffffff; font-weight: bold; padding: 4px; }"
FLAG_STYLE = "QLabel { color: #c62828; font-weight: bold; }"

_INVOLVEMENT = {
    Involvement.AFFECTED: QT_TRANSLATE_NOOP("PersonLabels", "Affected"),
    Involvement.WITNESS: QT_TRANSLATE_NOOP("PersonLabels", "Witness"),
    Involvement.COLLEAGUE: QT_TRANSLATE_NOOP("PersonLabels", "Colleague"),
    Involvement.FAMILY: QT_TRANSLATE_NOOP("PersonLabels", "Family member"),
    Involvement.OTHER: QT_TRANSLATE_NOOP("PersonLabels", "Other"),
}
_FOLLOW_UP_KINDS = {
    FollowUpKind.CONTACT: QT_TRANSLATE_NOOP("PersonLabels", "First contact (24 h)"),
    FollowUpKind.TRACKING: QT_TRANSLATE_NOOP("PersonLabels", "Tracking (1 week)"),
    FollowUpKind.RECOVERY_PLAN: QT_TRANSLATE_NOOP("PersonLabels", "Recovery plan (1 month)"),
    FollowUpKind.AD_HOC: QT_TRANSLATE_NOOP("PersonLabels", "Follow-up"),
}
_INSTRUMENTS = {
    Instrument.PHQ9: QT_TRANSLATE_NOOP("PersonLabels", "PHQ-9 (depression)"),
    Instrument.GAD7: QT_TRANSLATE_NOOP("PersonLabels", "GAD-7 (anxiety)"),
}
_BANDS = {
    Band.MINIMAL: QT_TRANSLATE_NOOP("PersonLabels", "Minimal"),
    Band.MILD: QT_TRANSLATE_NOOP("PersonLabels", "Mild"),
    Band.MODERATE: QT_TRANSLATE_NOOP("PersonLabels", "Moderate"),
    Band.MODERATELY_SEVERE: QT_TRANSLATE_NOOP("PersonLabels", "Moderately severe"),
    Band.SEVERE: QT_TRANSLATE_NOOP("PersonLabels", "Severe"),
}
_ALERT_REASONS = {
    AlertReason.PHQ9_SELF_HARM: QT_TRANSLATE_NOOP(
        "PersonLabels", "PHQ-9 item 9 above 0: thoughts of death or self-harm"
    ),
    AlertReason.PHQ9_SEVERE: QT_TRANSLATE_NOOP("PersonLabels", "PHQ-9 severe (20 or more)"),
    AlertReason.PHQ9_MODERATELY_SEVERE_WITH_SELF_HARM: QT_TRANSLATE_NOOP(
        "PersonLabels", "PHQ-9 moderately severe together with thoughts of self-harm"
    ),
    AlertReason.GAD7_SEVERE: QT_TRANSLATE_NOOP("PersonLabels", "GAD-7 severe (15 or more)"),
    AlertReason.MISSED_FOLLOW_UP: QT_TRANSLATE_NOOP("PersonLabels", "A follow-up was missed"),
    AlertReason.CLINICAL_JUDGEMENT: QT_TRANSLATE_NOOP("PersonLabels", "Counsellor's clinical judgement"),
}
_CONSENT = {
    ConsentMethod.WRITTEN: QT_TRANSLATE_NOOP("PersonLabels", "In writing"),
    ConsentMethod.VERBAL: QT_TRANSLATE_NOOP("PersonLabels", "Verbally"),
    ConsentMethod.ELECTRONIC: QT_TRANSLATE_NOOP("PersonLabels", "Electronically"),
}

ANSWERS = (
    QT_TRANSLATE_NOOP("PersonLabels", "0 · Not at all"),
    QT_TRANSLATE_NOOP("PersonLabels", "1 · Several days"),
    QT_TRANSLATE_NOOP("PersonLabels", "2 · More than half the days"),
    QT_TRANSLATE_NOOP("PersonLabels", "3 · Nearly every day"),
)
STEM = QT_TRANSLATE_NOOP(
    "PersonLabels",
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
)
ITEMS: dict[Instrument, tuple[str, ...]] = {
    Instrument.PHQ9: (
        QT_TRANSLATE_NOOP("PersonLabels", "Little interest or pleasure in doing things"),
        QT_TRANSLATE_NOOP("PersonLabels", "Feeling down, depressed, or hopeless"),
        QT_TRANSLATE_NOOP("PersonLabels", "Trouble falling or staying asleep, or sleeping too much"),
        QT_TRANSLATE_NOOP("PersonLabels", "Feeling tired or having little energy"),
        QT_TRANSLATE_NOOP("PersonLabels", "Poor appetite or overeating"),
        QT_TRANSLATE_NOOP(
            "PersonLabels",
            "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
        ),
        QT_TRANSLATE_NOOP(
            "PersonLabels",
            "Trouble concentrating on things, such as reading the newspaper or watching television",
        ),
        QT_TRANSLATE_NOOP(
            "PersonLabels",
            "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so "
            "fidgety or restless that you have been moving around a lot more than usual",
        ),
        QT_TRANSLATE_NOOP(
            "PersonLabels", "Thoughts that you would be better off dead or of hurting yourself in some way"
        ),
    ),
    Instrument.GAD7: (
        QT_TRANSLATE_NOOP("PersonLabels", "Feeling nervous, anxious or on edge"),
        QT_TRANSLATE_NOOP("PersonLabels", "Not being able to stop or control worrying"),
        QT_TRANSLATE_NOOP("PersonLabels", "Worrying too much about different things"),
        QT_TRANSLATE_NOOP("PersonLabels", "Trouble relaxing"),
        QT_TRANSLATE_NOOP("PersonLabels", "Being so restless that it is hard to sit still"),
        QT_TRANSLATE_NOOP("PersonLabels", "Becoming easily annoyed or irritable"),
        QT_TRANSLATE_NOOP("PersonLabels", "Feeling afraid as if something awful might happen"),
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("PersonLabels", text)


def involvement_name(value: Involvement | str) -> str:
    return tr(_INVOLVEMENT[Involvement(value)])


def follow_up_kind_name(value: FollowUpKind | str) -> str:
    return tr(_FOLLOW_UP_KINDS[FollowUpKind(value)])


def instrument_name(value: Instrument | str) -> str:
    return tr(_INSTRUMENTS[Instrument(value)])


def band_name(value: Band | str) -> str:
    return tr(_BANDS[Band(value)])


def alert_reason_text(value: AlertReason | str) -> str:
    return tr(_ALERT_REASONS[AlertReason(value)])


def consent_name(value: ConsentMethod | str) -> str:
    return tr(_CONSENT[ConsentMethod(value)])


def item_text(instrument: Instrument, number: int) -> str:
    """The wording of item ``number`` (1-based) of ``instrument``, translated."""
    return tr(ITEMS[instrument][number - 1])
