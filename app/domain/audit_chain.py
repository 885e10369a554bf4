"""The audit trail's hash chain: canonical encoding, hashing and verification.

Each entry's hash covers its sequence number, its fields and the previous entry's hash, so editing,
deleting, inserting or reordering any entry breaks the chain at that point. Deleting the newest
entries leaves a shorter but still consistent chain; that is caught by comparing with an anchor
(count and head hash) kept outside the database, see ``check_anchor``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One entry as stored. ``detail`` holds only non-confidential facts (field names, counts, codes)."""

    seq: int
    at: str  # ISO 8601 UTC with microseconds
    actor: str
    action: str
    entity: str
    entity_id: str
    detail: Mapping[str, Any] = field(default_factory=dict)
    prev_hash: str = GENESIS
    hash: str = ""


def canonical_bytes(record: AuditRecord) -> bytes:
    body = {
        "seq": record.seq,
        "at": record.at,
        "actor": record.actor,
        "action": record.action,
        "entity": record.entity,
        "entity_id": record.entity_id,
        "detail": dict(record.detail),
        "prev": record.prev_hash,
    }
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def compute_hash(record: AuditRecord) -> str:
    return hashlib.sha256(canonical_bytes(record)).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainProblem:
    seq: int
    message: str


def verify_chain(records: Iterable[AuditRecord]) -> tuple[int, str, ChainProblem | None]:
    """Walk the chain in storage order; return (count, head hash, first problem or None)."""
    expected_prev = GENESIS
    expected_seq = 1
    count = 0
    for record in records:
        if record.seq != expected_seq:
            return (
                count,
                expected_prev,
                ChainProblem(
                    record.seq,
                    f"entry {record.seq} found where entry {expected_seq} was expected "
                    "(an entry was deleted, inserted or reordered)",
                ),
            )
        if record.prev_hash != expected_prev:
            return (
                count,
                expected_prev,
                ChainProblem(
                    record.seq,
                    f"entry {record.seq} does not follow the entry before it "
                    "(an entry was deleted, inserted or reordered)",
                ),
            )
        if compute_hash(record) != record.hash:
            return (
                count,
                expected_prev,
                ChainProblem(record.seq, f"entry {record.seq} was altered after it was written"),
            )
        expected_prev = record.hash
        expected_seq += 1
        count += 1
    return count, expected_prev, None


@dataclass(frozen=True, slots=True)
class Anchor:
    """The chain's length and head hash at a moment, authenticated with a secret kept in the database."""

    count: int
    head: str
    mac: str

    @staticmethod
    def sign(count: int, head: str, secret: bytes) -> Anchor:
        return Anchor(count, head, _anchor_mac(count, head, secret))

    def is_authentic(self, secret: bytes) -> bool:
        return hmac.compare_digest(self.mac, _anchor_mac(self.count, self.head, secret))


def _anchor_mac(count: int, head: str, secret: bytes) -> str:
    return hmac.new(secret, f"eapdesk-anchor:{count}:{head}".encode(), hashlib.sha256).hexdigest()


def check_anchor(anchor: Anchor, count: int, hash_at: str | None) -> str | None:
    """Compare the chain with an anchor; ``hash_at`` is the hash of entry ``anchor.count`` if it exists."""
    if count < anchor.count:
        return (
            f"the audit trail has {count} entries but {anchor.count} were recorded at the last anchor: "
            "the newest entries were deleted"
        )
    if anchor.count and hash_at != anchor.head:
        return f"audit entry {anchor.count} differs from the one recorded at the last anchor"
    return None
