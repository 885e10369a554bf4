"""How long a login must wait after failed attempts.

A few typing mistakes cost nothing; after that every failure doubles the wait, up to a ceiling, so
that guessing a password against a stolen-but-running workstation is slow while a colleague who
mistyped twice is not punished. The state (failure count, time of the last failure) is stored with
the account, so restarting the program does not reset it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

FREE_ATTEMPTS = 3
FIRST_DELAY = timedelta(seconds=5)
MAX_DELAY = timedelta(minutes=5)


def delay_after(failures: int) -> timedelta:
    """The wait imposed after ``failures`` consecutive failed attempts."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    doublings = min(failures - FREE_ATTEMPTS, 16)
    return min(FIRST_DELAY * (2**doublings), MAX_DELAY)


def retry_after(failures: int, last_failure: datetime | None, now: datetime) -> timedelta:
    """Time left before another attempt is accepted; zero when one may be made now.

    Never more than the delay itself: if the clock was set back after a failure (a corrected
    workstation clock), the wait must not grow by the size of the jump and lock a counsellor out.
    """
    if last_failure is None:
        return timedelta(0)
    delay = delay_after(failures)
    left = last_failure + delay - now
    return min(max(left, timedelta(0)), delay)
