"""Signed and locked case entries: the rule counselling record systems follow for notes.

A timeline entry or a clinical note is signed by its author when saved: the signature is a SHA-256
over a canonical encoding of what was written, by whom and when, stored with the entry. Anyone can
later recompute it to show that the stored text is the text that was signed. After the lock period
(an office policy, 24 hours by default) the entry can no longer be edited; corrections are made as
addenda, each signed the same way and pointing at the original, so the original always stays
readable as it was written.

Within the lock period the author (only the author) may still correct the entry; the correction is
signed anew and the service audits that it happened (never the text).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

DEFAULT_LOCK_AFTER = timedelta(hours=24)
SIGNATURE_VERSION = "v1"


class EntryLocked(ValueError):
    """The entry is past its lock period (or not the caller's own): only an addendum may be added."""


@dataclass(frozen=True, slots=True)
class SignedContent:
    """What a signature covers. ``kind`` keeps a timeline entry and a note with equal text apart."""

    kind: str  # "timeline", "clinical_note", "addendum"
    entry_id: int
    author: str  # the author's account name at signing time
    at: datetime  # aware; the time the author says the action or note happened
    signed_at: datetime  # aware; when it was saved
    text: str
    parent_id: int | None = None  # for an addendum: the entry it amends

    def __repr__(self) -> str:  # the text stays out of logs and tracebacks
        return f"SignedContent(kind={self.kind}, entry_id={self.entry_id})"


def canonical_bytes(content: SignedContent) -> bytes:
    body = {
        "v": SIGNATURE_VERSION,
        "kind": content.kind,
        "id": content.entry_id,
        "author": content.author,
        "at": content.at.timestamp(),
        "signed_at": content.signed_at.timestamp(),
        "text": content.text,
        "parent": content.parent_id,
    }
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def sign(content: SignedContent) -> str:
    """The signature stored with the entry: ``v1:`` and 64 hex digits."""
    return f"{SIGNATURE_VERSION}:{hashlib.sha256(canonical_bytes(content)).hexdigest()}"


def signature_holds(content: SignedContent, signature: str) -> bool:
    """Whether ``signature`` was made over exactly this content (text, author, times, parent)."""
    return sign(content) == signature


def locks_at(signed_at: datetime, lock_after: timedelta = DEFAULT_LOCK_AFTER) -> datetime:
    # In UTC: aware datetimes that share a tzinfo add and compare by wall clock in Python, which
    # would make a lock period across a daylight-saving change an hour short or long.
    if lock_after <= timedelta(0):
        raise ValueError("the lock period must be positive")
    return signed_at.astimezone(UTC) + lock_after


def is_locked(signed_at: datetime, now: datetime, lock_after: timedelta = DEFAULT_LOCK_AFTER) -> bool:
    """Locked from ``signed_at + lock_after`` on (elapsed time, so daylight-saving changes do not matter)."""
    return now.astimezone(UTC) >= locks_at(signed_at, lock_after)


def check_editable(
    signed_at: datetime,
    author_id: int | None,
    editor_id: int,
    now: datetime,
    lock_after: timedelta = DEFAULT_LOCK_AFTER,
) -> None:
    """Refuse an edit by anyone but the author, or after the lock period, with the message to show."""
    if author_id != editor_id:
        raise EntryLocked("Only the author can correct this entry; add an addendum instead.")
    if is_locked(signed_at, now, lock_after):
        raise EntryLocked(
            "This entry is locked (signed more than the lock period ago); add an addendum instead. "
            "The original stays as it was written."
        )
