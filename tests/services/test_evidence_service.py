"""Evidence items on real SQLCipher files: hashes, tamper detection, custody chain, audit, hr_manager."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.evidence import MAX_BYTES, CustodyKind
from app.domain.grading import GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.roles import Role
from app.services.errors import InvalidInput, PermissionDenied
from app.services.evidence import EvidenceDamaged
from app.services.incidents import IncidentInputInvalid
from app.services.session import Session
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD

NOW = datetime.now(UTC).replace(microsecond=0)
CANARY_CONTENT = "CANARY-EVIDENCE-BYTES 張三的諮詢記錄".encode()
CANARY_NAME = "CANARY-NAME 張三.eml"
CANARY_DESCRIPTION = "CANARY-DESC forwarded mail"


@pytest.fixture
def admin(workspace: Workspace) -> Session:
    return workspace.sign_in(ADMIN, ADMIN_PASSWORD)


@pytest.fixture
def counsellor(workspace: Workspace, admin: Session) -> Session:
    workspace.users.create(admin, "coun", Role.COUNSELLOR, "counsellor-pass-1")
    return workspace.sign_in("coun", "counsellor-pass-1")


@pytest.fixture
def hr(workspace: Workspace, admin: Session) -> Session:
    workspace.users.create(admin, "hr", Role.HR_MANAGER, "hr-manager-pass-1")
    return workspace.sign_in("hr", "hr-manager-pass-1")


@pytest.fixture
def incident_id(workspace: Workspace, counsellor: Session) -> int:
    facts = IncidentFacts(
        title="Leak", category=IncidentCategory.PRIVACY_LEAK, reported_at=NOW - timedelta(hours=1)
    )
    return workspace.incidents.create(counsellor, facts, GradingInput()).incident.id


def _add(workspace: Workspace, session: Session, incident_id: int, **kw: Any) -> Any:
    values: dict[str, Any] = {
        "file_name": CANARY_NAME,
        "content": CANARY_CONTENT,
        "description": CANARY_DESCRIPTION,
        "source": "IT forensics",
    }
    values.update(kw)
    return workspace.evidence.add(session, incident_id, **values)


def audit(workspace: Workspace, action: str) -> list[tuple[str, str, dict[str, Any]]]:
    rows = workspace.db.query(
        "SELECT actor, entity_id, detail FROM audit_log WHERE action = ? ORDER BY seq", (action,)
    )
    return [(a, i, json.loads(d)) for a, i, d in rows]


def state(workspace: Workspace) -> tuple[object, ...]:
    db = workspace.db
    return (
        db.query("SELECT id, incident_id, file_name, size, sha256 FROM evidence_items ORDER BY id"),
        db.query("SELECT * FROM evidence_custody ORDER BY id"),
    )


def test_adding_stores_the_file_with_its_hash_and_starts_the_custody_chain(
    workspace: Workspace, counsellor: Session, incident_id: int
) -> None:
    collected = NOW - timedelta(minutes=30)
    item = _add(workspace, counsellor, incident_id, collected_at=collected, now=NOW)
    assert item.sha256 == hashlib.sha256(CANARY_CONTENT).hexdigest()
    assert (item.size, item.file_name, item.added_by, item.added_at) == (
        len(CANARY_CONTENT),
        CANARY_NAME,
        counsellor.user_id,
        NOW,
    )
    assert [(c.kind, c.at, c.actor) for c in item.custody] == [
        (CustodyKind.COLLECTED, collected, "IT forensics"),
        (CustodyKind.ADDED, NOW, "coun"),
    ]
    content = workspace.evidence.read(counsellor, item.id)
    assert content.content == CANARY_CONTENT
    assert [c.kind for c in workspace.evidence.get(counsellor, item.id).custody][-1] is CustodyKind.VIEWED
    assert audit(workspace, "evidence.added") == [
        ("coun", str(item.id), {"incident": workspace.incidents.get(counsellor, incident_id).code,
                                "size": len(CANARY_CONTENT), "sha256": item.sha256}),
    ]  # fmt: skip
    assert audit(workspace, "evidence.viewed")[0][2]["kind"] == "viewed"
    log = json.dumps(workspace.db.query("SELECT * FROM audit_log"), ensure_ascii=False)
    assert "CANARY" not in log
    assert "CANARY" not in repr(content) + repr(item)


def test_a_changed_blob_is_caught_on_every_read(
    workspace: Workspace, counsellor: Session, incident_id: int, tmp_path: Path
) -> None:
    item = _add(workspace, counsellor, incident_id)
    workspace.evidence.verify(counsellor, item.id)
    with workspace.db.transaction() as conn:  # one byte changed behind the app's back
        conn.execute(
            "UPDATE evidence_items SET content = ? WHERE id = ?", (CANARY_CONTENT[:-1] + b"!", item.id)
        )
    custody_before = state(workspace)[1]
    target = tmp_path / "out.eml"
    for attempt in (
        lambda: workspace.evidence.verify(counsellor, item.id),
        lambda: workspace.evidence.read(counsellor, item.id),
        lambda: workspace.evidence.export(counsellor, item.id, target),
    ):
        with pytest.raises(EvidenceDamaged, match="no longer matches the SHA-256"):
            attempt()
    assert not target.exists()
    assert state(workspace)[1] == custody_before  # not recorded as viewed or exported
    failures = audit(workspace, "evidence.integrity_failed")
    assert len(failures) == 3
    assert failures[0][2]["expected"] == item.sha256


def test_export_writes_the_checked_file_and_records_it(
    workspace: Workspace, counsellor: Session, incident_id: int, tmp_path: Path
) -> None:
    item = _add(workspace, counsellor, incident_id)
    target = tmp_path / "exported.eml"
    exported = workspace.evidence.export(counsellor, item.id, target)
    assert target.read_bytes() == CANARY_CONTENT
    assert exported.custody[-1].kind is CustodyKind.EXPORTED
    assert list(tmp_path.glob(".*partial")) == []
    with pytest.raises(InvalidInput, match="could not be written"):
        workspace.evidence.export(counsellor, item.id, tmp_path / "no" / "such" / "folder.eml")


def test_hand_over_and_sealing_are_recorded_by_hand(
    workspace: Workspace, counsellor: Session, incident_id: int
) -> None:
    item = _add(workspace, counsellor, incident_id)
    handed = workspace.evidence.record_custody(
        counsellor,
        item.id,
        CustodyKind.HANDED_OVER,
        counterpart="Legal: Ms Chen",
        note="CANARY-NOTE envelope 3",
    )
    assert (handed.custody[-1].kind, handed.custody[-1].counterpart, handed.custody[-1].note) == (
        CustodyKind.HANDED_OVER,
        "Legal: Ms Chen",
        "CANARY-NOTE envelope 3",
    )
    assert not handed.sealed
    assert workspace.evidence.record_custody(counsellor, item.id, "sealed").sealed
    before = state(workspace)
    with pytest.raises(IncidentInputInvalid) as refused:
        workspace.evidence.record_custody(counsellor, item.id, "handed_over", counterpart="  ")
    assert [p.field for p in refused.value.problems] == ["counterpart"]
    with pytest.raises(IncidentInputInvalid, match="by hand"):
        workspace.evidence.record_custody(counsellor, item.id, "viewed")
    assert state(workspace) == before
    assert "CANARY" not in json.dumps(workspace.db.query("SELECT detail FROM audit_log"), ensure_ascii=False)


@pytest.mark.parametrize(
    ("values", "fields"),
    [
        ({"content": b""}, ["content"]),
        ({"content": b"x" * (MAX_BYTES + 1)}, ["content"]),
        ({"content": "text, not bytes"}, ["content"]),
        ({"file_name": "  "}, ["file_name"]),
        ({"file_name": "../../etc/passwd"}, ["file_name"]),
        ({"collected_at": datetime(2026, 1, 1)}, ["collected_at"]),  # a naive time
        ({"collected_at": NOW + timedelta(days=1)}, ["collected_at"]),
        ({"file_name": "", "content": b""}, ["file_name", "content"]),
    ],
)
def test_bad_evidence_is_refused_whole_with_a_message_per_field(
    workspace: Workspace, counsellor: Session, incident_id: int, values: dict[str, Any], fields: list[str]
) -> None:
    before = state(workspace)
    with pytest.raises(IncidentInputInvalid) as refused:
        _add(workspace, counsellor, incident_id, **values)
    assert [p.field for p in refused.value.problems] == fields
    if (
        values.get("content") is not None
        and isinstance(values["content"], bytes)
        and len(values["content"]) > 1
    ):
        assert "at most 25.0 MiB" in str(refused.value)
    assert state(workspace) == before


def test_hr_sees_a_count_and_nothing_else(
    workspace: Workspace, counsellor: Session, hr: Session, incident_id: int, tmp_path: Path
) -> None:
    item = _add(workspace, counsellor, incident_id)
    assert workspace.evidence.count(hr, incident_id) == 1
    before = state(workspace)
    for call in (
        lambda: workspace.evidence.items(hr, incident_id),
        lambda: workspace.evidence.get(hr, item.id),
        lambda: workspace.evidence.read(hr, item.id),
        lambda: workspace.evidence.verify(hr, item.id),
        lambda: workspace.evidence.export(hr, item.id, tmp_path / "hr.eml"),
        lambda: _add(workspace, hr, incident_id),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert state(workspace) == before
    assert not (tmp_path / "hr.eml").exists()
    seen = workspace.incidents.get(hr, incident_id)
    assert "CANARY" not in json.dumps(dataclasses.asdict(seen), default=str, ensure_ascii=False)


def test_evidence_content_is_not_in_the_database_file_in_plain_text(
    workspace: Workspace, counsellor: Session, incident_id: int, db_path: Path
) -> None:
    _add(workspace, counsellor, incident_id)
    workspace.db.checkpoint()
    files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
    assert db_path in files
    for path in files:
        raw = path.read_bytes()
        assert CANARY_CONTENT not in raw
        assert b"CANARY" not in raw
        assert "CANARY".encode("utf-16-le") not in raw


EVIDENCE_VALUES = st.fixed_dictionaries(
    {
        "file_name": st.one_of(st.text(max_size=300), st.none(), st.integers()),
        "content": st.one_of(st.binary(max_size=64), st.text(max_size=8), st.none()),
        "description": st.one_of(st.text(max_size=50), st.none()),
        "source": st.text(max_size=50),
        "collected_at": st.one_of(st.none(), st.datetimes(), st.datetimes(timezones=st.just(UTC))),
    }
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=EVIDENCE_VALUES)
def test_evidence_input_is_stored_whole_or_refused_with_a_clear_message(
    workspace: Workspace, counsellor: Session, incident_id: int, values: dict[str, Any]
) -> None:
    before = state(workspace)
    refused: IncidentInputInvalid | None = None
    try:
        item = workspace.evidence.add(counsellor, incident_id, **values)
    except IncidentInputInvalid as error:
        refused = error
    if refused is not None:
        assert refused.problems
        assert all(p.field and p.message for p in refused.problems)
        assert state(workspace) == before  # nothing half-written
    else:
        assert item.sha256 == hashlib.sha256(values["content"]).hexdigest()
        assert workspace.evidence.read(counsellor, item.id).content == values["content"]
