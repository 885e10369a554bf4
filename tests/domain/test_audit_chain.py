"""The audit hash chain (app.domain.audit_chain): verification finds the first broken entry; the anchor
catches a cut tail that the chain alone cannot see."""

from __future__ import annotations

import dataclasses
import secrets

import pytest

from app.domain.audit_chain import (
    GENESIS,
    Anchor,
    AuditRecord,
    canonical_bytes,
    check_anchor,
    compute_hash,
    verify_chain,
)


def make_chain(length: int) -> list[AuditRecord]:
    records: list[AuditRecord] = []
    prev = GENESIS
    for seq in range(1, length + 1):
        record = AuditRecord(
            seq=seq,
            at=f"2026-03-01T09:00:{seq:02d}.000000+00:00",
            actor="admin" if seq % 2 else "counsellor",
            action="login.succeeded" if seq % 3 else "user.updated",
            entity="user",
            entity_id=str(seq),
            detail={"role": "admin", "n": seq},
            prev_hash=prev,
        )
        record = dataclasses.replace(record, hash=compute_hash(record))
        records.append(record)
        prev = record.hash
    return records


def relink(records: list[AuditRecord]) -> list[AuditRecord]:
    """Recompute every hash, as a forger without any secret could."""
    out: list[AuditRecord] = []
    prev = GENESIS
    for seq, record in enumerate(records, start=1):
        fixed = dataclasses.replace(record, seq=seq, prev_hash=prev, hash="")
        fixed = dataclasses.replace(fixed, hash=compute_hash(fixed))
        out.append(fixed)
        prev = fixed.hash
    return out


def test_intact_chain() -> None:
    chain = make_chain(10)
    assert verify_chain(chain) == (10, chain[-1].hash, None)


def test_empty_chain() -> None:
    assert verify_chain([]) == (0, GENESIS, None)


def test_canonical_encoding_is_stable_and_covers_every_field() -> None:
    record = make_chain(1)[0]
    assert canonical_bytes(record) == canonical_bytes(
        dataclasses.replace(record, detail={"n": 1, "role": "admin"})
    )
    for name, value in [
        ("seq", 2),
        ("at", "2026-03-01T09:00:02.000000+00:00"),
        ("actor", "mallory"),
        ("action", "user.deleted"),
        ("entity", "case"),
        ("entity_id", "99"),
        ("detail", {"role": "hr_manager", "n": 1}),
        ("prev_hash", "f" * 64),
    ]:
        assert compute_hash(dataclasses.replace(record, **{name: value})) != record.hash, name
    # The stored hash itself is not part of what is hashed.
    assert canonical_bytes(dataclasses.replace(record, hash="x")) == canonical_bytes(record)


def test_unicode_detail_hashes_deterministically() -> None:
    record = dataclasses.replace(make_chain(1)[0], actor="林雅婷", detail={"備註": "中文"})
    assert compute_hash(record) == compute_hash(dataclasses.replace(record))
    assert "林雅婷".encode() in canonical_bytes(record)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("actor", "mallory"),
        ("action", "login.failed"),
        ("detail", {"role": "hr_manager", "n": 4}),
        ("at", "2025-01-01T00:00:00.000000+00:00"),
        ("entity_id", "404"),
    ],
)
def test_edited_entry_is_reported(field: str, value: object) -> None:
    chain = make_chain(8)
    chain[3] = dataclasses.replace(chain[3], **{field: value})
    count, _head, problem = verify_chain(chain)
    assert problem is not None
    assert problem.seq == 4
    assert "altered" in problem.message
    assert count == 3


def test_edit_with_recomputed_own_hash_breaks_the_next_link() -> None:
    chain = make_chain(8)
    edited = dataclasses.replace(chain[3], actor="mallory")
    chain[3] = dataclasses.replace(edited, hash=compute_hash(edited))
    _count, _head, problem = verify_chain(chain)
    assert problem is not None
    assert problem.seq == 5
    assert "does not follow" in problem.message


@pytest.mark.parametrize("index", [0, 3, 6])
def test_deleted_entry_is_reported(index: int) -> None:
    chain = make_chain(8)
    del chain[index]
    _count, _head, problem = verify_chain(chain)
    assert problem is not None
    assert problem.seq == index + 2
    assert "deleted, inserted or reordered" in problem.message


def test_inserted_entry_is_reported() -> None:
    chain = make_chain(8)
    forged = AuditRecord(5, chain[3].at, "mallory", "user.created", "user", "9", {}, chain[3].hash)
    forged = dataclasses.replace(forged, hash=compute_hash(forged))
    shifted = [dataclasses.replace(r, seq=r.seq + 1) for r in chain[4:]]
    _count, _head, problem = verify_chain([*chain[:4], forged, *shifted])
    assert problem is not None
    assert problem.seq == 6  # the forged entry 5 is well made; the original entry 5, now 6, no longer fits


def test_inserted_entry_without_renumbering_is_reported() -> None:
    chain = make_chain(8)
    duplicate = chain[2]
    _count, _head, problem = verify_chain([*chain[:4], duplicate, *chain[4:]])
    assert problem is not None
    assert problem.seq == 3


def test_reordered_entries_are_reported() -> None:
    chain = make_chain(8)
    chain[2], chain[5] = chain[5], chain[2]
    _count, _head, problem = verify_chain(chain)
    assert problem is not None
    assert problem.seq == 6  # found in position 3


def test_swapped_contents_with_kept_sequence_numbers_are_reported() -> None:
    chain = make_chain(8)
    a, b = chain[2], chain[3]
    chain[2] = dataclasses.replace(b, seq=3)
    chain[3] = dataclasses.replace(a, seq=4)
    _count, _head, problem = verify_chain(chain)
    assert problem is not None
    assert problem.seq == 3


def test_a_fully_recomputed_chain_verifies_which_is_why_the_anchor_exists() -> None:
    chain = make_chain(8)
    forged = relink([*chain[:3], *chain[4:]])
    assert verify_chain(forged)[2] is None


def test_tail_cut_is_invisible_to_the_chain_alone() -> None:
    chain = make_chain(8)
    count, head, problem = verify_chain(chain[:5])
    assert problem is None
    assert (count, head) == (5, chain[4].hash)


# -- anchor ------------------------------------------------------------------------------------


SECRET = secrets.token_bytes(32)


def test_anchor_signature() -> None:
    anchor = Anchor.sign(8, "a" * 64, SECRET)
    assert anchor.is_authentic(SECRET)
    assert not anchor.is_authentic(secrets.token_bytes(32))
    assert not dataclasses.replace(anchor, count=7).is_authentic(SECRET)
    assert not dataclasses.replace(anchor, head="b" * 64).is_authentic(SECRET)
    assert not dataclasses.replace(anchor, mac="0" * 64).is_authentic(SECRET)


def test_anchor_matches_intact_and_longer_chains() -> None:
    chain = make_chain(8)
    anchor = Anchor.sign(6, chain[5].hash, SECRET)
    assert check_anchor(anchor, 6, chain[5].hash) is None
    assert check_anchor(anchor, 8, chain[5].hash) is None  # entries appended since


def test_anchor_reports_a_cut_tail() -> None:
    chain = make_chain(8)
    anchor = Anchor.sign(8, chain[7].hash, SECRET)
    message = check_anchor(anchor, 5, None)
    assert message is not None
    assert "5 entries but 8" in message
    assert "deleted" in message


def test_anchor_reports_a_cut_tail_that_was_refilled() -> None:
    chain = make_chain(8)
    anchor = Anchor.sign(8, chain[7].hash, SECRET)
    refilled = relink([*chain[:5], *make_chain(3)])
    message = check_anchor(anchor, 8, refilled[7].hash)
    assert message is not None
    assert "entry 8 differs" in message


def test_empty_anchor() -> None:
    anchor = Anchor.sign(0, GENESIS, SECRET)
    assert check_anchor(anchor, 0, None) is None
    assert check_anchor(anchor, 3, None) is None
