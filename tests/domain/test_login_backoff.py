"""Failed-login backoff (app.domain.login_backoff): free attempts, then doubling delays up to a ceiling."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.login_backoff import FIRST_DELAY, FREE_ATTEMPTS, MAX_DELAY, delay_after, retry_after

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("failures", "seconds"),
    [
        (0, 0),
        (1, 0),
        (2, 0),
        (3, 5),
        (4, 10),
        (5, 20),
        (6, 40),
        (7, 80),
        (8, 160),
        (9, 300),
        (10, 300),
        (50, 300),
        (10_000, 300),
    ],
)
def test_delay_table(failures: int, seconds: int) -> None:
    assert delay_after(failures) == timedelta(seconds=seconds)


def test_constants_are_what_the_table_assumes() -> None:
    assert FREE_ATTEMPTS == 3
    assert timedelta(seconds=5) == FIRST_DELAY
    assert timedelta(minutes=5) == MAX_DELAY


def test_delays_never_decrease() -> None:
    delays = [delay_after(n) for n in range(200)]
    assert delays == sorted(delays)
    assert max(delays) == MAX_DELAY


def test_retry_after_without_a_failure_is_zero() -> None:
    assert retry_after(0, None, T0) == timedelta(0)
    assert retry_after(7, None, T0) == timedelta(0)


def test_retry_after_counts_down_from_the_last_failure() -> None:
    assert retry_after(3, T0, T0) == timedelta(seconds=5)
    assert retry_after(3, T0, T0 + timedelta(seconds=2)) == timedelta(seconds=3)
    assert retry_after(3, T0, T0 + timedelta(seconds=5)) == timedelta(0)
    assert retry_after(3, T0, T0 + timedelta(hours=1)) == timedelta(0)
    assert retry_after(5, T0, T0 + timedelta(seconds=1)) == timedelta(seconds=19)


def test_free_attempts_cause_no_wait() -> None:
    assert retry_after(2, T0, T0) == timedelta(0)


def test_clock_set_back_never_makes_the_wait_longer_than_the_delay() -> None:
    # A workstation clock corrected backwards after a failure must not lock the account for the
    # size of the jump (found by this test: the wait used to grow by the jump).
    assert retry_after(3, T0, T0 - timedelta(hours=6)) == timedelta(seconds=5)
    assert retry_after(9, T0, T0 - timedelta(days=1)) == MAX_DELAY
    assert retry_after(1, T0, T0 - timedelta(seconds=10)) == timedelta(0)
