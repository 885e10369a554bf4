"""The incident state machine (app.domain.lifecycle): allowed moves, reasons, review gate, phases."""

from __future__ import annotations

from collections import deque
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.lifecycle import (
    CLOSED,
    EDGES,
    INITIAL,
    PHASE_LABELS,
    PHASE_OF,
    STATUS_LABELS,
    Phase,
    Status,
    Transition,
    TransitionKind,
    TransitionRefused,
    allowed_targets,
    reason_required,
    transition,
)

S = Status
FORWARD = [
    (S.REPORTED, S.VERIFIED),
    (S.VERIFIED, S.ASSESSED),
    (S.ASSESSED, S.RESPONDING),
    (S.RESPONDING, S.CONTAINED),
    (S.CONTAINED, S.RESOLVED),
    (S.RESOLVED, S.REVIEWED),
]
DISMISS = [(S.REPORTED, S.DISMISSED)]
REOPEN = [
    (S.DISMISSED, S.REPORTED),
    (S.CONTAINED, S.RESPONDING),
    (S.RESOLVED, S.RESPONDING),
    (S.REVIEWED, S.RESPONDING),
    (S.REVIEWED, S.RESOLVED),
]
ALL_PAIRS = [(a, b) for a in Status for b in Status]


def test_status_codes_are_the_stored_contract() -> None:
    assert [s.value for s in Status] == [
        "reported",
        "verified",
        "dismissed",
        "assessed",
        "responding",
        "contained",
        "resolved",
        "reviewed",
    ]
    assert [k.value for k in TransitionKind] == ["advance", "dismiss", "reopen"]
    assert [p.value for p in Phase] == [
        "warning_identification",
        "assessment_response",
        "control_resolution",
        "review_improvement",
    ]


def test_the_edge_table_is_exactly_the_documented_one() -> None:
    assert set(EDGES) == set(FORWARD + DISMISS + REOPEN)
    assert all(EDGES[e] is TransitionKind.ADVANCE for e in FORWARD)
    assert all(EDGES[e] is TransitionKind.DISMISS for e in DISMISS)
    assert all(EDGES[e] is TransitionKind.REOPEN for e in REOPEN)


def test_edge_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        EDGES[(S.REPORTED, S.REVIEWED)] = TransitionKind.ADVANCE  # type: ignore[index]


@pytest.mark.parametrize(
    ("status", "targets"),
    [
        (S.REPORTED, (S.VERIFIED, S.DISMISSED)),
        (S.VERIFIED, (S.ASSESSED,)),
        (S.DISMISSED, (S.REPORTED,)),
        (S.ASSESSED, (S.RESPONDING,)),
        (S.RESPONDING, (S.CONTAINED,)),
        (S.CONTAINED, (S.RESOLVED, S.RESPONDING)),
        (S.RESOLVED, (S.REVIEWED, S.RESPONDING)),
        (S.REVIEWED, (S.RESPONDING, S.RESOLVED)),
    ],
)
def test_allowed_targets(status: Status, targets: tuple[Status, ...]) -> None:
    assert allowed_targets(status) == targets
    assert allowed_targets(status.value) == targets  # codes work too


def test_allowed_targets_of_an_unknown_status() -> None:
    with pytest.raises(ValueError, match="closed"):
        allowed_targets("closed")


@pytest.mark.parametrize(("source", "target"), FORWARD)
def test_forward_moves_need_no_reason(source: Status, target: Status) -> None:
    done = transition(source, target, review_complete=True)
    assert done == Transition(source, target, TransitionKind.ADVANCE, None)
    assert not done.reopens
    assert not reason_required(source, target)


@pytest.mark.parametrize(("source", "target"), FORWARD)
def test_forward_moves_keep_an_optional_note(source: Status, target: Status) -> None:
    assert transition(source, target, reason=" called HR ", review_complete=True).reason == "called HR"


@pytest.mark.parametrize(("source", "target"), DISMISS + REOPEN)
@pytest.mark.parametrize("reason", [None, "", "   ", "\u3000\n"])  # includes an ideographic space
def test_dismiss_and_reopen_without_reason_are_refused(
    source: Status, target: Status, reason: str | None
) -> None:
    assert reason_required(source, target)
    with pytest.raises(TransitionRefused) as caught:
        transition(source, target, reason=reason, review_complete=True)
    message = str(caught.value)
    assert str(source) in message
    assert str(target) in message
    assert "reason" in message or "why" in message
    assert caught.value.current is source
    assert caught.value.target is target


@pytest.mark.parametrize(("source", "target"), REOPEN)
def test_reopen_with_reason(source: Status, target: Status) -> None:
    done = transition(source, target, reason=" The employee called again ")
    assert done.kind is TransitionKind.REOPEN
    assert done.reopens
    assert done.reason == "The employee called again"
    assert not done.closes


def test_dismiss_with_reason_closes() -> None:
    done = transition("reported", "dismissed", reason="Duplicate of a test message")
    assert done.kind is TransitionKind.DISMISS
    assert done.closes
    assert done.target is S.DISMISSED


def test_dismissing_asks_why_it_was_a_false_alarm() -> None:
    with pytest.raises(TransitionRefused, match="false alarm"):
        transition(S.REPORTED, S.DISMISSED)


def test_closing_as_reviewed_requires_the_review() -> None:
    with pytest.raises(TransitionRefused) as caught:
        transition(S.RESOLVED, S.REVIEWED)
    assert "review section must be filled" in str(caught.value)
    assert "resolved" in str(caught.value)
    assert "reviewed" in str(caught.value)
    done = transition(S.RESOLVED, S.REVIEWED, review_complete=True)
    assert done.closes
    assert not done.reopens


@pytest.mark.parametrize("flag", [1, "yes", [True], None])
def test_review_complete_must_be_true_not_truthy(flag: object) -> None:
    with pytest.raises(TransitionRefused):
        transition(S.RESOLVED, S.REVIEWED, review_complete=flag)  # type: ignore[arg-type]


def test_review_gate_applies_even_with_a_reason() -> None:
    with pytest.raises(TransitionRefused, match="review section"):
        transition(S.RESOLVED, S.REVIEWED, reason="all done")


@pytest.mark.parametrize(("source", "target"), [p for p in ALL_PAIRS if p not in EDGES])
def test_every_other_move_is_refused_naming_both_states_and_what_is_allowed(
    source: Status, target: Status
) -> None:
    with pytest.raises(TransitionRefused) as caught:
        transition(source, target, reason="because", review_complete=True)
    error = caught.value
    message = str(error)
    assert str(source) in message
    assert str(target) in message
    assert error.allowed == allowed_targets(source)
    for allowed in allowed_targets(source):
        assert str(allowed) in message
    assert not reason_required(source, target)


def test_refusal_messages_read_well() -> None:
    with pytest.raises(TransitionRefused) as caught:
        transition("reported", "assessed")
    assert str(caught.value) == (
        "Cannot move an incident from reported to assessed. "
        "From reported it can go to verified or dismissed (with a reason)."
    )
    with pytest.raises(TransitionRefused) as caught:
        transition("reviewed", "verified")
    assert str(caught.value) == (
        "Cannot move an incident from reviewed to verified. "
        "A reviewed incident can only be reopened, with a reason, to responding or resolved."
    )
    with pytest.raises(TransitionRefused) as caught:
        transition("assessed", "assessed")
    assert str(caught.value) == "The incident is already assessed. From assessed it can go to responding."


@pytest.mark.parametrize(
    ("current", "target", "role"),
    [
        ("closed", "reported", "current"),
        ("reported", "Verified", "target"),
        (None, "verified", "current"),
        (S.REPORTED, 3, "target"),
    ],
)
def test_unknown_statuses_are_refused_not_crashed(current: Any, target: Any, role: str) -> None:
    with pytest.raises(TransitionRefused, match=f"Unknown {role} status") as caught:
        transition(current, target)
    assert "reported, verified, dismissed" in str(caught.value)
    assert caught.value.allowed == ()


def test_reason_must_be_text() -> None:
    with pytest.raises(TransitionRefused, match="must be text"):
        transition(S.RESOLVED, S.RESPONDING, reason=42)  # type: ignore[arg-type]


def test_codes_are_accepted() -> None:
    assert transition("verified", "assessed").target is S.ASSESSED


def test_refused_is_a_value_error() -> None:
    assert issubclass(TransitionRefused, ValueError)


# --- graph properties ------------------------------------------------------------------------------------


def _reachable(start: Status) -> set[Status]:
    seen = {start}
    queue = deque([start])
    while queue:
        for nxt in allowed_targets(queue.popleft()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def test_every_status_is_reachable_from_the_first_report() -> None:
    assert INITIAL is S.REPORTED
    assert _reachable(S.REPORTED) == set(Status)


def test_every_status_can_eventually_be_closed() -> None:
    for status in Status:
        assert _reachable(status) & CLOSED, status


def test_only_resolved_leads_to_reviewed() -> None:
    assert [source for (source, target) in EDGES if target is S.REVIEWED] == [S.RESOLVED]


def test_reopen_targets_are_earlier_statuses_on_the_path() -> None:
    order = [S.REPORTED, S.VERIFIED, S.ASSESSED, S.RESPONDING, S.CONTAINED, S.RESOLVED, S.REVIEWED]
    for source, target in REOPEN:
        if source is S.DISMISSED:
            assert target is S.REPORTED  # the only status a dismissed report passed through
        else:
            assert order.index(target) < order.index(source)


def test_closed_statuses() -> None:
    assert {S.DISMISSED, S.REVIEWED} == CLOSED
    assert [s for s in Status if s.is_closed] == [S.DISMISSED, S.REVIEWED]
    # a closed incident can only be reopened
    for status in CLOSED:
        assert all(EDGES[(status, t)] is TransitionKind.REOPEN for t in allowed_targets(status))


# --- phases and labels -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "phase"),
    [
        (S.REPORTED, Phase.WARNING_IDENTIFICATION),
        (S.VERIFIED, Phase.WARNING_IDENTIFICATION),
        (S.DISMISSED, Phase.WARNING_IDENTIFICATION),
        (S.ASSESSED, Phase.ASSESSMENT_RESPONSE),
        (S.RESPONDING, Phase.ASSESSMENT_RESPONSE),
        (S.CONTAINED, Phase.CONTROL_RESOLUTION),
        (S.RESOLVED, Phase.CONTROL_RESOLUTION),
        (S.REVIEWED, Phase.REVIEW_IMPROVEMENT),
    ],
)
def test_phase_of_each_status(status: Status, phase: Phase) -> None:
    assert status.phase is phase
    assert PHASE_OF[status] is phase


def test_phases_follow_the_forward_path_in_order() -> None:
    path = [S.REPORTED, *[target for _, target in FORWARD]]
    phases = [list(Phase).index(s.phase) for s in path]
    assert phases == sorted(phases)
    assert {s.phase for s in path} == set(Phase)


def test_labels() -> None:
    assert set(STATUS_LABELS) == set(Status)
    assert set(PHASE_LABELS) == set(Phase)
    assert [p.label_zh for p in Phase] == ["預警與識別", "評估與響應", "控制與解決", "總結與改進"]
    assert Phase.REVIEW_IMPROVEMENT.label_en == "review & improvement"
    for status in Status:
        assert status.label_en
        assert status.label_zh


# --- property tests ---------------------------------------------------------------------------------------

_REASONS = st.one_of(st.none(), st.just(""), st.just("  "), st.text(max_size=8))


@settings(max_examples=250, deadline=None)
@given(data=st.data(), steps=st.integers(min_value=0, max_value=40))
def test_random_walks_only_ever_follow_allowed_edges(data: st.DataObject, steps: int) -> None:
    current = INITIAL
    history = [current]
    for _ in range(steps):
        # Half the attempts aim at an allowed move so that walks get deep into the graph (to
        # reviewed and back); the rest are any status at all.
        target = data.draw(
            st.one_of(st.sampled_from(allowed_targets(current)), st.sampled_from(list(Status)))
        )
        reason = data.draw(_REASONS)
        review_complete = data.draw(st.booleans())
        try:
            done = transition(current, target, reason=reason, review_complete=review_complete)
        except TransitionRefused as refused:
            message, refused_from = str(refused), refused.current
            # A refusal leaves the incident where it was and explains itself.
            assert message
            assert refused_from is current
            continue
        assert done.source is current
        assert done.target is target
        assert (current, target) in EDGES
        assert done.kind is EDGES[(current, target)]
        if done.kind.needs_reason:
            assert done.reason
            assert done.reason == done.reason.strip()
        if target is S.REVIEWED:
            assert current is S.RESOLVED
            assert review_complete is True
        current = target
        history.append(current)
    # Reviewed is only ever entered straight from resolved.
    for before, after in pairwise(history):
        if after is S.REVIEWED:
            assert before is S.RESOLVED


def test_random_walks_do_reach_every_status() -> None:
    # Guards the property test above against a strategy that never gets past the first steps.
    reached: set[Status] = set()

    @settings(max_examples=60, deadline=None, database=None, derandomize=True)
    @given(data=st.data())
    def walk(data: st.DataObject) -> None:
        current = INITIAL
        for _ in range(40):
            target = data.draw(st.sampled_from(allowed_targets(current)))
            try:
                current = transition(
                    current, target, reason="r", review_complete=data.draw(st.booleans())
                ).target
            except TransitionRefused:
                continue
            reached.add(current)

    walk()
    assert reached == set(Status)


_junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.binary(max_size=4),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.sampled_from(list(Status)),
    st.sampled_from([s.value for s in Status]),
    st.sampled_from(["\ud800", "reported\x00", " reported", "REPORTED"]),
)


@settings(max_examples=500, deadline=None)
@given(current=_junk, target=_junk, reason=_junk, review_complete=_junk)
def test_transition_never_raises_anything_but_refused(
    current: Any, target: Any, reason: Any, review_complete: Any
) -> None:
    try:
        done = transition(current, target, reason=reason, review_complete=review_complete)
    except TransitionRefused as refused:
        message = str(refused)
        assert message
        return
    assert (done.source, done.target) in EDGES
