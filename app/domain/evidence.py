"""Evidence items (保留法律證據): the rules for a file kept as evidence and its chain of custody.

A file is kept whole, with its SHA-256 taken when it was added; anyone reading or exporting it
later recomputes the hash, so a changed byte is noticed before the file is relied on. The chain of
custody lists every event in the item's life: collected (outside the app), added, viewed, exported,
handed over (to whom), sealed. The size ceiling keeps one item from bloating the encrypted database
and every backup made of it; larger material (video) is kept outside and referenced by its hash.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.domain.case_review import clean_line, clean_text
from app.domain.incidents import IncidentInvalid, Problem

MAX_BYTES = 25 * 1024 * 1024  # 25 MiB
FILE_NAME_MAX = 255
SOURCE_MAX = 300
DESCRIPTION_MAX = 4_000
COUNTERPART_MAX = 200
NOTE_MAX = 2_000


class CustodyKind(StrEnum):
    """A chain-of-custody event. Values are stored: never rename one."""

    COLLECTED = "collected"
    ADDED = "added"
    VIEWED = "viewed"
    EXPORTED = "exported"
    HANDED_OVER = "handed_over"
    SEALED = "sealed"


# The events a person records by hand; the others are written by the service as they happen.
MANUAL_KINDS = frozenset({CustodyKind.HANDED_OVER, CustodyKind.SEALED})


def sha256_hex(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def size_text(size: int) -> str:
    """A size for people: "812 bytes", "3.4 KiB", "25.0 MiB"."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KiB"
    return f"{size / (1024 * 1024):.1f} MiB"


def size_problem(size: int) -> tuple[Problem, ...]:
    if size == 0:
        return (Problem("content", "the file is empty"),)
    if size > MAX_BYTES:
        return (
            Problem(
                "content",
                f"the file is {size_text(size)}; evidence files can be at most {size_text(MAX_BYTES)}. "
                "Keep larger material outside the app and record its SHA-256 in the description.",
            ),
        )
    return ()


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceInput:
    """What is asked when a file is added; the bytes are checked separately (``size_problem``)."""

    file_name: str
    description: str = ""
    source: str = ""
    collected_at: datetime | None = None

    def __post_init__(self) -> None:
        problems: list[Problem] = []
        name = clean_line("file_name", self.file_name, problems, maximum=FILE_NAME_MAX, required=True)
        if name and ("/" in name or "\\" in name):
            problems.append(Problem("file_name", "must be a file name without folders"))
        object.__setattr__(self, "file_name", name)
        object.__setattr__(
            self,
            "description",
            clean_text("description", self.description, problems, maximum=DESCRIPTION_MAX),
        )
        object.__setattr__(
            self, "source", clean_line("source", self.source, problems, maximum=SOURCE_MAX, required=False)
        )
        when = self.collected_at
        if when is not None and (
            not isinstance(when, datetime) or when.tzinfo is None or when.utcoffset() is None
        ):
            problems.append(Problem("collected_at", "must be a date and time with a time zone"))
        if problems:
            raise IncidentInvalid(problems)

    def __repr__(self) -> str:
        return "EvidenceInput(...)"


@dataclass(frozen=True, slots=True, kw_only=True)
class CustodyInput:
    """A hand-over or sealing recorded by hand: to whom (for a hand-over) and a note."""

    kind: CustodyKind | str
    counterpart: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        problems: list[Problem] = []
        kind = self.kind
        if isinstance(kind, str) and kind in CustodyKind._value2member_map_:
            kind = CustodyKind(kind)
            object.__setattr__(self, "kind", kind)
        if kind not in MANUAL_KINDS:
            problems.append(Problem("kind", "only a hand-over or a sealing is recorded by hand"))
        counterpart = clean_line(
            "counterpart",
            self.counterpart,
            problems,
            maximum=COUNTERPART_MAX,
            required=kind is CustodyKind.HANDED_OVER,
        )
        object.__setattr__(self, "counterpart", counterpart)
        object.__setattr__(self, "note", clean_text("note", self.note, problems, maximum=NOTE_MAX))
        if problems:
            raise IncidentInvalid(problems)

    def __repr__(self) -> str:
        return f"CustodyInput(kind={self.kind})"
