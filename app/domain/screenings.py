"""PHQ-9 and GAD-7 screening scores, their severity bands, and the red-alert rule.

Both questionnaires ask how often, over the last two weeks, the person has been bothered by each
problem: 0 not at all, 1 several days, 2 more than half the days, 3 nearly every day. The total is
the plain sum of the answers and the band comes from the published cut-offs (Kroenke, Spitzer &
Williams 2001 for PHQ-9; Spitzer et al. 2006 for GAD-7):

=========  ===========  ==========
band       PHQ-9        GAD-7
=========  ===========  ==========
minimal    0-4          0-4
mild       5-9          5-9
moderate   10-14        10-14
mod. sev.  15-19        (none)
severe     20-27        15-21
=========  ===========  ==========

PHQ-9 item 9 asks about thoughts of being better off dead or of self-harm. Any answer above 0 is a
red flag whatever the total: a person can score "mild" overall and still be at risk, and clinical
guidance is to assess suicide risk the same day. The flag is therefore part of the result, not
something a caller must remember to look up.

Storage should keep the instrument code and the raw answers and re-score with :func:`score`; the
totals and bands are derived values and must never disagree with the answers they came from.

The item wording is not reproduced here: the UI must show the official validated wording (English
and the validated Chinese translation), because a paraphrased item is not the same instrument.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class ScreeningInvalid(ValueError):
    """The answers cannot be scored. ``item`` is the 1-based item number at fault, if any."""

    def __init__(self, message: str, item: int | None = None) -> None:
        super().__init__(message)
        self.item = item


class Instrument(StrEnum):
    """Stored with every screening; the values are a stable storage contract."""

    PHQ9 = "phq9"
    GAD7 = "gad7"


class Band(StrEnum):
    """Severity bands, declared from least to most severe (``rank`` relies on the order)."""

    MINIMAL = "minimal"
    MILD = "mild"
    MODERATE = "moderate"
    MODERATELY_SEVERE = "moderately_severe"
    SEVERE = "severe"

    @property
    def rank(self) -> int:
        """0 for minimal up to 4 for severe, so bands can be compared across instruments."""
        return list(Band).index(self)


class RedFlag(StrEnum):
    """An answer that demands attention on its own, whatever the total."""

    SELF_HARM_THOUGHTS = "phq9_item9"


INSTRUMENT_LABELS: dict[Instrument, tuple[str, str]] = {
    Instrument.PHQ9: ("PHQ-9 (depression)", "PHQ-9(憂鬱)"),
    Instrument.GAD7: ("GAD-7 (anxiety)", "GAD-7(焦慮)"),
}

BAND_LABELS: dict[Band, tuple[str, str]] = {
    Band.MINIMAL: ("Minimal", "極輕微"),
    Band.MILD: ("Mild", "輕度"),
    Band.MODERATE: ("Moderate", "中度"),
    Band.MODERATELY_SEVERE: ("Moderately severe", "中重度"),
    Band.SEVERE: ("Severe", "重度"),
}

ANSWER_MIN = 0
ANSWER_MAX = 3
ITEM_COUNT: dict[Instrument, int] = {Instrument.PHQ9: 9, Instrument.GAD7: 7}
PHQ9_SELF_HARM_ITEM = 9
"""1-based number of the PHQ-9 item about thoughts of death or self-harm."""

# (lowest total, band) from the published tables; each band runs up to the next one's lowest total.
_BANDS: dict[Instrument, tuple[tuple[int, Band], ...]] = {
    Instrument.PHQ9: (
        (0, Band.MINIMAL),
        (5, Band.MILD),
        (10, Band.MODERATE),
        (15, Band.MODERATELY_SEVERE),
        (20, Band.SEVERE),
    ),
    Instrument.GAD7: (
        (0, Band.MINIMAL),
        (5, Band.MILD),
        (10, Band.MODERATE),
        (15, Band.SEVERE),
    ),
}

_NAMES = {Instrument.PHQ9: "PHQ-9", Instrument.GAD7: "GAD-7"}


def max_total(instrument: Instrument) -> int:
    return ITEM_COUNT[Instrument(instrument)] * ANSWER_MAX


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    """A scored questionnaire. Build it with :func:`score_phq9` / :func:`score_gad7` / :func:`score`."""

    instrument: Instrument
    total: int
    band: Band
    red_flags: tuple[RedFlag, ...]
    answers: tuple[int, ...]


def band_for(instrument: Instrument, total: int) -> Band:
    """The severity band of a total on the given instrument's published table."""
    instrument = Instrument(instrument)
    if isinstance(total, bool) or not isinstance(total, int) or not 0 <= total <= max_total(instrument):
        raise ScreeningInvalid(
            f"A {_NAMES[instrument]} total is a whole number from 0 to {max_total(instrument)}; got {total!r}."
        )
    band = Band.MINIMAL
    for lowest, candidate in _BANDS[instrument]:
        if total >= lowest:
            band = candidate
    return band


def _checked_answers(instrument: Instrument, answers: Sequence[int]) -> tuple[int, ...]:
    name = _NAMES[instrument]
    count = ITEM_COUNT[instrument]
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise ScreeningInvalid(
            f"{name} answers must be a list of {count} numbers from {ANSWER_MIN} to {ANSWER_MAX}; "
            f"got {type(answers).__name__}."
        )
    if len(answers) != count:
        raise ScreeningInvalid(f"{name} has {count} items; got {len(answers)} answers.")
    for number, answer in enumerate(answers, start=1):
        # bool is an int subclass; True as an answer is a programming error, not a 1.
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise ScreeningInvalid(
                f"{name} item {number}: the answer must be a whole number from {ANSWER_MIN} to "
                f"{ANSWER_MAX}; got {answer!r}.",
                item=number,
            )
        if not ANSWER_MIN <= answer <= ANSWER_MAX:
            raise ScreeningInvalid(
                f"{name} item {number}: the answer {answer} is outside {ANSWER_MIN}–{ANSWER_MAX}.",
                item=number,
            )
    return tuple(int(answer) for answer in answers)


def score(instrument: Instrument | str, answers: Sequence[int]) -> ScreeningResult:
    """Score ``answers`` (item 1 first) on ``instrument``; raises :class:`ScreeningInvalid`."""
    try:
        instrument = Instrument(instrument)
    except ValueError:
        raise ScreeningInvalid(f"Unknown screening instrument {instrument!r}.") from None
    checked = _checked_answers(instrument, answers)
    total = sum(checked)
    flags: tuple[RedFlag, ...] = ()
    if instrument is Instrument.PHQ9 and checked[PHQ9_SELF_HARM_ITEM - 1] > 0:
        flags = (RedFlag.SELF_HARM_THOUGHTS,)
    return ScreeningResult(
        instrument=instrument,
        total=total,
        band=band_for(instrument, total),
        red_flags=flags,
        answers=checked,
    )


def score_phq9(answers: Sequence[int]) -> ScreeningResult:
    return score(Instrument.PHQ9, answers)


def score_gad7(answers: Sequence[int]) -> ScreeningResult:
    return score(Instrument.GAD7, answers)


# --- red alert -------------------------------------------------------------------------------------


class AlertReason(StrEnum):
    """Why a red alert was raised. Stored with the alert; the values are a stable contract."""

    PHQ9_SELF_HARM = "phq9_item9"
    PHQ9_SEVERE = "phq9_severe"
    PHQ9_MODERATELY_SEVERE_WITH_SELF_HARM = "phq9_moderately_severe_item9"
    GAD7_SEVERE = "gad7_severe"
    MISSED_FOLLOW_UP = "missed_follow_up"
    CLINICAL_JUDGEMENT = "clinical_judgement"


ALERT_REASON_TEXT: dict[AlertReason, tuple[str, str]] = {
    AlertReason.PHQ9_SELF_HARM: (
        "PHQ-9 item 9 above 0: thoughts of death or self-harm",
        "PHQ-9 第 9 題大於 0:有輕生或自傷念頭",
    ),
    AlertReason.PHQ9_SEVERE: ("PHQ-9 total 20 or more (severe depression)", "PHQ-9 總分 20 分以上(重度憂鬱)"),
    AlertReason.PHQ9_MODERATELY_SEVERE_WITH_SELF_HARM: (
        "PHQ-9 moderately severe together with thoughts of self-harm",
        "PHQ-9 中重度且伴有自傷念頭",
    ),
    AlertReason.GAD7_SEVERE: ("GAD-7 total 15 or more (severe anxiety)", "GAD-7 總分 15 分以上(重度焦慮)"),
    AlertReason.MISSED_FOLLOW_UP: ("A follow-up contact was missed", "錯過追蹤聯繫"),
    AlertReason.CLINICAL_JUDGEMENT: ("Counsellor's clinical judgement", "心理諮詢師的臨床判斷"),
}


@dataclass(frozen=True, slots=True)
class AlertSignals:
    """What is known about one person right now.

    ``phq9`` / ``gad7`` are the most recent screenings (None when there is none); choosing which
    screening is "current" is the caller's decision. ``missed_follow_up`` is True when a follow-up
    task (24 h contact, 1 week tracking, 1 month recovery plan) passed its due time undone.
    ``clinical_judgement`` is the counsellor's own call that the person is at high risk.
    """

    phq9: ScreeningResult | None = None
    gad7: ScreeningResult | None = None
    missed_follow_up: bool = False
    clinical_judgement: bool = False


@dataclass(frozen=True, slots=True)
class RedAlert:
    raised: bool
    reasons: tuple[AlertReason, ...]


def red_alert(signals: AlertSignals) -> RedAlert:
    """Decide whether a person's situation is a red alert (紅色預警), and why.

    The rule in the background document (seed 004, 危機干預模塊): signals from several sources —
    screening results, what the person says in counselling, and behaviour such as not checking in
    — are combined into a risk-warning model; its example raises a red alert when a screening shows
    severe depression, the person has repeatedly said things like "life has no meaning", and they
    have not checked in for three days. A red alert opens the 24-hour crisis channel; the one or two
    emergency contacts the employee named in advance are alerted only with the employee's
    authorisation; afterwards a counsellor runs case management: support within 24 hours, tracking
    of the person's state within one week, a recovery plan within one month.

    Here any one of the following raises the alert, each listed as a reason:

    * PHQ-9 item 9 above 0 (thoughts of death or self-harm), whatever the total;
    * PHQ-9 total in the severe band (20 or more);
    * PHQ-9 moderately severe (15–19) together with item 9 above 0 (reported in addition to the
      item-9 reason, since the combination is the more urgent picture);
    * GAD-7 total in the severe band (15 or more);
    * a missed follow-up;
    * the counsellor's clinical judgement.

    The seed's example requires its signals together; this rule is deliberately more sensitive:
    a missed alert can cost a life, a false one costs a counsellor a phone call, and every alert is
    reviewed by a person. The app never contacts anyone by itself.
    """
    reasons: list[AlertReason] = []
    phq9, gad7 = signals.phq9, signals.gad7
    if phq9 is not None:
        if phq9.instrument is not Instrument.PHQ9:
            raise ValueError(f"the phq9 signal holds a {phq9.instrument} result")
        self_harm = RedFlag.SELF_HARM_THOUGHTS in phq9.red_flags
        if self_harm:
            reasons.append(AlertReason.PHQ9_SELF_HARM)
        if phq9.band is Band.SEVERE:
            reasons.append(AlertReason.PHQ9_SEVERE)
        if phq9.band is Band.MODERATELY_SEVERE and self_harm:
            reasons.append(AlertReason.PHQ9_MODERATELY_SEVERE_WITH_SELF_HARM)
    if gad7 is not None:
        if gad7.instrument is not Instrument.GAD7:
            raise ValueError(f"the gad7 signal holds a {gad7.instrument} result")
        if gad7.band is Band.SEVERE:
            reasons.append(AlertReason.GAD7_SEVERE)
    if signals.missed_follow_up:
        reasons.append(AlertReason.MISSED_FOLLOW_UP)
    if signals.clinical_judgement:
        reasons.append(AlertReason.CLINICAL_JUDGEMENT)
    return RedAlert(raised=bool(reasons), reasons=tuple(reasons))
