"""The life of an incident from first report to closed review, as a small state machine.

Forward path (DESIGN.md section 3)::

    reported ─┬─> verified ─> assessed ─> responding ─> contained ─> resolved ─> reviewed
              └─> dismissed (false alarm)

Steps that need a reason, because they end or undo work and will be questioned at review:

* dismissing a report (``reported → dismissed``): a dismissed report of, say, self-harm risk gets no
  further attention, so why it was judged a false alarm must be on record;
* every step back ("reopen"), each to a status the incident really passed through:

  - ``dismissed → reported``: new information; it is verified again with that information rather
    than jumping to ``verified``, so the seed's "confirm through more than one channel" step is
    not skipped;
  - ``contained → responding``: containment did not hold (the leak spread, the distress returned);
  - ``resolved → responding`` and ``reviewed → responding``: the event flared up again;
  - ``reviewed → resolved``: the review itself must be redone or completed; closing again needs a
    filled review once more.

Closing as ``reviewed`` also needs the review section filled (root cause, recovery plan, effect
evaluation, lessons learned); the caller says whether it is (``review_complete``), since what
"filled" means lives with the review record.

``dismissed`` and ``reviewed`` are the closed statuses. Everything here is data (``EDGES``), so the
UI can offer exactly the moves ``allowed_targets`` lists and the tests can walk the whole graph.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType


class Status(StrEnum):
    """Where an incident stands. Values are stored: never rename one."""

    REPORTED = "reported"
    VERIFIED = "verified"
    DISMISSED = "dismissed"
    ASSESSED = "assessed"
    RESPONDING = "responding"
    CONTAINED = "contained"
    RESOLVED = "resolved"
    REVIEWED = "reviewed"

    @property
    def label_en(self) -> str:
        return STATUS_LABELS[self][0]

    @property
    def label_zh(self) -> str:
        return STATUS_LABELS[self][1]

    @property
    def phase(self) -> Phase:
        return PHASE_OF[self]

    @property
    def is_closed(self) -> bool:
        return self in CLOSED


STATUS_LABELS: dict[Status, tuple[str, str]] = {
    Status.REPORTED: ("reported", "已上報"),
    Status.VERIFIED: ("verified", "已核實"),
    Status.DISMISSED: ("dismissed (false alarm)", "已排除(誤報)"),
    Status.ASSESSED: ("assessed", "已評估"),
    Status.RESPONDING: ("responding", "響應中"),
    Status.CONTAINED: ("contained", "已控制"),
    Status.RESOLVED: ("resolved", "已解決"),
    Status.REVIEWED: ("reviewed (closed)", "已總結(結案)"),
}

INITIAL = Status.REPORTED
CLOSED = frozenset({Status.DISMISSED, Status.REVIEWED})


class Phase(StrEnum):
    """The four phases of seed 001: 預警與識別 → 評估與響應 → 控制與解決 → 總結與改進."""

    WARNING_IDENTIFICATION = "warning_identification"
    ASSESSMENT_RESPONSE = "assessment_response"
    CONTROL_RESOLUTION = "control_resolution"
    REVIEW_IMPROVEMENT = "review_improvement"

    @property
    def label_en(self) -> str:
        return PHASE_LABELS[self][0]

    @property
    def label_zh(self) -> str:
        return PHASE_LABELS[self][1]


PHASE_LABELS: dict[Phase, tuple[str, str]] = {
    Phase.WARNING_IDENTIFICATION: ("warning & identification", "預警與識別"),
    Phase.ASSESSMENT_RESPONSE: ("assessment & response", "評估與響應"),
    Phase.CONTROL_RESOLUTION: ("control & resolution", "控制與解決"),
    Phase.REVIEW_IMPROVEMENT: ("review & improvement", "總結與改進"),
}

# The phase in which each status is reached. A dismissed report ends in identification; the review
# itself is written while the incident is ``resolved`` and the phase is complete once ``reviewed``.
PHASE_OF: MappingProxyType[Status, Phase] = MappingProxyType(
    {
        Status.REPORTED: Phase.WARNING_IDENTIFICATION,
        Status.VERIFIED: Phase.WARNING_IDENTIFICATION,
        Status.DISMISSED: Phase.WARNING_IDENTIFICATION,
        Status.ASSESSED: Phase.ASSESSMENT_RESPONSE,
        Status.RESPONDING: Phase.ASSESSMENT_RESPONSE,
        Status.CONTAINED: Phase.CONTROL_RESOLUTION,
        Status.RESOLVED: Phase.CONTROL_RESOLUTION,
        Status.REVIEWED: Phase.REVIEW_IMPROVEMENT,
    }
)


class TransitionKind(StrEnum):
    """What a move does; stored with the timeline entry that records it."""

    ADVANCE = "advance"
    DISMISS = "dismiss"
    REOPEN = "reopen"

    @property
    def needs_reason(self) -> bool:
        return self is not TransitionKind.ADVANCE


# Every allowed move. The order within one source is the order the UI offers them in.
EDGES: MappingProxyType[tuple[Status, Status], TransitionKind] = MappingProxyType(
    {
        (Status.REPORTED, Status.VERIFIED): TransitionKind.ADVANCE,
        (Status.REPORTED, Status.DISMISSED): TransitionKind.DISMISS,
        (Status.VERIFIED, Status.ASSESSED): TransitionKind.ADVANCE,
        (Status.ASSESSED, Status.RESPONDING): TransitionKind.ADVANCE,
        (Status.RESPONDING, Status.CONTAINED): TransitionKind.ADVANCE,
        (Status.CONTAINED, Status.RESOLVED): TransitionKind.ADVANCE,
        (Status.CONTAINED, Status.RESPONDING): TransitionKind.REOPEN,
        (Status.RESOLVED, Status.REVIEWED): TransitionKind.ADVANCE,
        (Status.RESOLVED, Status.RESPONDING): TransitionKind.REOPEN,
        (Status.REVIEWED, Status.RESPONDING): TransitionKind.REOPEN,
        (Status.REVIEWED, Status.RESOLVED): TransitionKind.REOPEN,
        (Status.DISMISSED, Status.REPORTED): TransitionKind.REOPEN,
    }
)

REVIEW_MISSING = (
    "the review section must be filled (root cause, recovery plan, effect evaluation, lessons learned)"
)


class TransitionRefused(ValueError):
    """A move is not allowed (or lacks its reason); the message names both statuses and what is allowed.

    ``current`` and ``target`` are the statuses when they were recognised, else ``None``;
    ``allowed`` is what ``allowed_targets(current)`` offers, empty when ``current`` is unknown.
    """

    def __init__(
        self,
        message: str,
        *,
        current: Status | None = None,
        target: Status | None = None,
        allowed: tuple[Status, ...] = (),
    ) -> None:
        super().__init__(message)
        self.current = current
        self.target = target
        self.allowed = allowed


@dataclass(frozen=True, slots=True)
class Transition:
    """An accepted move, ready to be stored with its reason (``None`` when none was needed or given)."""

    source: Status
    target: Status
    kind: TransitionKind
    reason: str | None = None

    @property
    def closes(self) -> bool:
        return self.target in CLOSED

    @property
    def reopens(self) -> bool:
        return self.kind is TransitionKind.REOPEN


def allowed_targets(status: Status | str) -> tuple[Status, ...]:
    """The statuses an incident in ``status`` may move to, in the order the UI should offer them."""
    source = Status(status)
    return tuple(target for (start, target) in EDGES if start == source)


def reason_required(current: Status | str, target: Status | str) -> bool:
    """Whether moving from ``current`` to ``target`` needs a reason (false for moves not allowed)."""
    kind = EDGES.get((Status(current), Status(target)))
    return kind is not None and kind.needs_reason


def _status(value: object, role: str) -> Status:
    if isinstance(value, Status):
        return value
    if isinstance(value, str) and value in Status._value2member_map_:
        return Status(value)
    known = ", ".join(s.value for s in Status)
    raise TransitionRefused(f"Unknown {role} status {value!r}; the statuses are {known}.")


def _describe(source: Status, targets: tuple[Status, ...]) -> str:
    def one(target: Status) -> str:
        kind = EDGES[(source, target)]
        return f"{target} (with a reason)" if kind.needs_reason else str(target)

    if not targets:  # pragma: no cover - every status has a way out
        return f"Nothing can follow {source!s}."
    if all(EDGES[(source, t)] is TransitionKind.REOPEN for t in targets):
        return f"A {source} incident can only be reopened, with a reason, to {' or '.join(targets)}."
    return f"From {source} it can go to {' or '.join(one(t) for t in targets)}."


def transition(
    current: Status | str,
    target: Status | str,
    *,
    reason: str | None = None,
    review_complete: bool = False,
) -> Transition:
    """Check one move and return it, or raise ``TransitionRefused`` saying why and what is allowed.

    Statuses may be given as codes (as stored). ``reason`` is stripped and normalised; it is
    required for dismissing and reopening and kept as a note on other moves. ``review_complete``
    must be ``True`` (not merely truthy) to close as reviewed. No other exception escapes, whatever
    the arguments, so a UI can show the message as it is.
    """
    source = _status(current, "current")
    goal = _status(target, "target")
    allowed = allowed_targets(source)

    def refuse(message: str) -> TransitionRefused:
        return TransitionRefused(message, current=source, target=goal, allowed=allowed)

    if reason is not None and not isinstance(reason, str):
        raise refuse("The reason must be text.")
    text = unicodedata.normalize("NFC", reason).strip() if reason is not None else ""

    if goal == source:
        raise refuse(f"The incident is already {source}. {_describe(source, allowed)}")
    kind = EDGES.get((source, goal))
    if kind is None:
        raise refuse(f"Cannot move an incident from {source} to {goal}. {_describe(source, allowed)}")
    if kind.needs_reason and not text:
        if kind is TransitionKind.DISMISS:
            raise refuse(
                f"Moving from {source} to {goal} dismisses the report as a false alarm: "
                "record why it was judged one."
            )
        raise refuse(f"Moving from {source} back to {goal} reopens the incident: record the reason.")
    if goal is Status.REVIEWED and review_complete is not True:
        raise refuse(f"Cannot close the incident as {goal} from {source}: {REVIEW_MISSING}.")
    return Transition(source, goal, kind, text or None)
