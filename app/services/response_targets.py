"""Response targets as office policy: one setting per grade and clock, in minutes.

How soon an incident of each grade must be acknowledged and its response started (DESIGN.md
defaults, ``app.domain.clocks.DEFAULT_GRADE_TARGETS``). They are changed together
(``IncidentService.set_response_targets``), because a change moves the stored next due time of every
open incident and must be checked as a whole (acknowledge never later than start response).

Apart from ``app.services.policy`` because these need the incident clock rules (``app.domain.clocks``
and what it imports), which the desktop app's start-up path does not otherwise load: the first
screen reads only the idle-lock setting.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from app.domain.clocks import DEFAULT_GRADE_TARGETS, GRADE_CODES, GradeTargets, ResponseTargets
from app.domain.text_input import Problem
from app.services.errors import InvalidInput
from app.services.policy import RESPONSE_TARGET_PREFIX, PolicySetting

TARGET_MINUTES_MAX = 30 * 24 * 60  # 30 days: anything longer is not a crisis response target
ACKNOWLEDGE = "acknowledge"
START_RESPONSE = "start_response"
CLOCK_NAMES = (ACKNOWLEDGE, START_RESPONSE)


def _minutes(value: timedelta) -> int:
    return int(value // timedelta(minutes=1))


# (grade, clock) -> its setting; the defaults are DESIGN.md's (15 min / 1 h / 4 h / 24 h to
# acknowledge, 1 h / 4 h / 24 h / 72 h to start the response, for grades I-IV).
RESPONSE_TARGET_SETTINGS: Mapping[tuple[str, str], PolicySetting] = {
    (grade, clock): PolicySetting(
        f"{RESPONSE_TARGET_PREFIX}{grade}.{clock}_minutes",
        default=_minutes(getattr(DEFAULT_GRADE_TARGETS[grade], clock)),
        minimum=1,
        maximum=TARGET_MINUTES_MAX,
    )
    for grade in GRADE_CODES
    for clock in CLOCK_NAMES
}


class ResponseTargetsInvalid(InvalidInput):
    """Response targets that break a rule; ``problems`` names each grade and clock. Nothing was saved."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__(" ".join(p.message for p in problems))
        self.problems = problems


def response_targets_from_minutes(minutes: Mapping[tuple[str, str], object]) -> ResponseTargets:
    """Targets from minutes per (grade, clock), every one checked; ``ResponseTargetsInvalid`` lists all problems.

    Every grade and clock must be given, as a whole number of minutes within the setting's range,
    and a grade's acknowledge target may not be longer than its start-response target (a response
    starts only once the incident is acknowledged).
    """
    problems: list[Problem] = []
    by_grade: dict[str, GradeTargets] = {}
    for grade in GRADE_CODES:
        values: dict[str, int] = {}
        for clock in CLOCK_NAMES:
            setting = RESPONSE_TARGET_SETTINGS[(grade, clock)]
            field_name = f"{grade}.{clock}"
            label = "acknowledge" if clock == ACKNOWLEDGE else "start-response"
            value = minutes.get((grade, clock))
            if isinstance(value, bool) or not isinstance(value, int):
                problems.append(
                    Problem(field_name, f"Grade {grade}: the {label} target must be whole minutes.")
                )
            elif not setting.minimum <= value <= setting.maximum:
                problems.append(
                    Problem(
                        field_name,
                        f"Grade {grade}: the {label} target must be between {setting.minimum} and "
                        f"{setting.maximum} minutes.",
                    )
                )
            else:
                values[clock] = value
        if len(values) < len(CLOCK_NAMES):
            continue
        if values[ACKNOWLEDGE] > values[START_RESPONSE]:
            problems.append(
                Problem(
                    f"{grade}.{ACKNOWLEDGE}",
                    f"Grade {grade}: the acknowledge target ({values[ACKNOWLEDGE]} min) cannot be longer "
                    f"than the start-response target ({values[START_RESPONSE]} min).",
                )
            )
            continue
        by_grade[grade] = GradeTargets(
            timedelta(minutes=values[ACKNOWLEDGE]), timedelta(minutes=values[START_RESPONSE])
        )
    if problems:
        raise ResponseTargetsInvalid(tuple(problems))
    return ResponseTargets(by_grade)


def target_minutes(targets: ResponseTargets) -> dict[tuple[str, str], int]:
    """The minutes per (grade, clock) of ``targets``: what the settings store and the dialog shows."""
    return {
        (grade, clock): _minutes(getattr(targets.for_grade(grade), clock))
        for grade in GRADE_CODES
        for clock in CLOCK_NAMES
    }


def stored_targets(stored: Mapping[str, str]) -> ResponseTargets:
    """The targets in ``stored`` settings; stored values that no longer fit together give the defaults.

    Each stored value is clamped to its range like every setting; should a grade's pair be
    inconsistent (only possible by editing the file), that grade falls back to the defaults
    rather than leaving incidents without clocks.
    """
    by_grade: dict[str, GradeTargets] = {}
    for grade in GRADE_CODES:
        values = []
        for clock in CLOCK_NAMES:
            setting = RESPONSE_TARGET_SETTINGS[(grade, clock)]
            raw = stored.get(setting.key)
            try:
                number = int(raw) if raw is not None else setting.default
            except ValueError:
                number = setting.default
            values.append(min(max(number, setting.minimum), setting.maximum))
        ack, start = values
        by_grade[grade] = (
            GradeTargets(timedelta(minutes=ack), timedelta(minutes=start))
            if ack <= start
            else DEFAULT_GRADE_TARGETS[grade]
        )
    return ResponseTargets(by_grade)
