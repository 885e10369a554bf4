"""Signing and locking of timeline entries and clinical notes (app.domain.signed_entries)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.signed_entries import (
    DEFAULT_LOCK_AFTER,
    EntryLocked,
    SignedContent,
    check_editable,
    is_locked,
    locks_at,
    sign,
    signature_holds,
)

SIGNED = datetime(2026, 3, 28, 23, 30, tzinfo=UTC)
CONTENT = SignedContent(
    "timeline", 7, "counsellor", SIGNED - timedelta(minutes=5), SIGNED, "Called the employee"
)


def test_signature_is_versioned_sha256() -> None:
    signature = sign(CONTENT)
    assert signature.startswith("v1:")
    assert len(signature) == 3 + 64
    assert signature_holds(CONTENT, signature)


@pytest.mark.parametrize(
    "change",
    [
        {"text": "Called the employee."},
        {"author": "lead"},
        {"entry_id": 8},
        {"kind": "clinical_note"},
        {"parent_id": 3},
        {"at": SIGNED - timedelta(minutes=4)},
        {"signed_at": SIGNED + timedelta(seconds=1)},
    ],
)
def test_any_change_breaks_the_signature(change: dict[str, object]) -> None:
    assert not signature_holds(replace(CONTENT, **change), sign(CONTENT))  # type: ignore[arg-type]


def test_the_same_instant_in_another_zone_signs_the_same() -> None:
    hong_kong = ZoneInfo("Asia/Hong_Kong")
    moved = replace(CONTENT, at=CONTENT.at.astimezone(hong_kong), signed_at=SIGNED.astimezone(hong_kong))
    assert sign(moved) == sign(CONTENT)


def test_repr_keeps_the_text_out() -> None:
    assert "Called" not in repr(CONTENT)


def test_lock_after_24_hours_of_elapsed_time_across_a_dst_change() -> None:
    # 2026-03-29 is the start of summer time in London: 24 elapsed hours are 25 on the wall clock.
    london = ZoneInfo("Europe/London")
    signed = datetime(2026, 3, 28, 12, 0, tzinfo=london)
    assert locks_at(signed) == datetime(2026, 3, 29, 12, 0, tzinfo=UTC)  # 13:00 summer time
    assert not is_locked(signed, datetime(2026, 3, 29, 12, 59, tzinfo=london))
    assert is_locked(signed, datetime(2026, 3, 29, 13, 0, tzinfo=london))


def test_lock_edge_is_inclusive() -> None:
    assert not is_locked(SIGNED, SIGNED + DEFAULT_LOCK_AFTER - timedelta(microseconds=1))
    assert is_locked(SIGNED, SIGNED + DEFAULT_LOCK_AFTER)


def test_lock_period_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        locks_at(SIGNED, timedelta(0))


def test_only_the_author_may_edit_within_the_period() -> None:
    check_editable(SIGNED, 5, 5, SIGNED + timedelta(hours=1))
    with pytest.raises(EntryLocked, match="Only the author"):
        check_editable(SIGNED, 5, 6, SIGNED + timedelta(hours=1))
    with pytest.raises(EntryLocked, match="locked"):
        check_editable(SIGNED, 5, 5, SIGNED + timedelta(hours=25))
    with pytest.raises(EntryLocked, match="locked"):
        check_editable(SIGNED, 5, 5, SIGNED + timedelta(hours=2), lock_after=timedelta(hours=1))


@given(st.text(max_size=200), st.text(max_size=200))
def test_different_texts_never_share_a_signature(first: str, second: str) -> None:
    if first != second:
        assert sign(replace(CONTENT, text=first)) != sign(replace(CONTENT, text=second))
