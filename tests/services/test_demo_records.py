"""The default demo shows every record kind of the case detail, deterministically and verifiably.

Built with ``create_demo_database`` on real SQLCipher files (as ``eapdesk demo`` does) and read
back through the services, as the case detail reads them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.breach_clocks import StartEvent
from app.domain.case_review import ActionStatus
from app.domain.communication_templates import DraftState, TemplateKind
from app.domain.evidence import CustodyKind
from app.domain.incidents import IncidentCategory
from app.services.demo import DEMO_ACCOUNTS, create_demo_database
from app.services.demo_records import SIGNED_INCIDENTS
from app.services.maintenance import verify_database
from app.services.session import Session
from app.services.workspace import Workspace
from app.storage.keys import KeyMode
from app.storage.keystore import Keystore

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
LEAD = DEMO_ACCOUNTS[0]


@pytest.fixture
def demo(db_path: Path, keystore: Keystore) -> Iterator[Workspace]:
    created, _accounts = create_demo_database(db_path, keystore=keystore, now=NOW)
    yield created.workspace
    created.workspace.close()


@pytest.fixture
def lead(demo: Workspace) -> Session:
    return demo.sign_in(LEAD.username, LEAD.password)


def _ids(demo: Workspace, sql: str) -> list[int]:
    return [r[0] for r in demo.db.query(sql)]


def test_demo_people_have_emergency_contacts_with_and_without_authorisation(
    demo: Workspace, lead: Session
) -> None:
    people = _ids(demo, "SELECT id FROM incident_people ORDER BY id")
    contacts = [c for p in people for c in demo.people.reveal_identity(lead, p).contacts]
    assert len(contacts) >= 5
    authorised = [c for c in contacts if c.authorised]
    assert authorised
    assert any(not c.authorised for c in contacts)
    for contact in authorised:
        assert contact.consent_method is not None
        assert contact.authorised_at is not None
        assert contact.authorised_at <= NOW
    assert all(c.name and c.phone and c.relation for c in contacts)


def test_demo_clinical_notes_are_signed_some_locked_one_amended(demo: Workspace, lead: Session) -> None:
    people = _ids(demo, "SELECT DISTINCT person_id FROM person_notes")
    assert len(people) >= 3
    notes = [n for p in people for n in demo.people.notes(lead, p, now=NOW)]
    assert all(n.signature_valid for n in notes)
    assert all(n.signed_at <= NOW and n.at <= n.signed_at for n in notes)
    originals = [n for n in notes if n.parent_id is None]
    addenda = [n for n in notes if n.parent_id is not None]
    assert any(n.locked for n in originals)
    assert addenda
    by_id = {n.id: n for n in notes}
    for addendum in addenda:
        original = by_id[addendum.parent_id]
        assert original.locked  # corrections after the lock period are addenda
        assert addendum.signed_at > original.signed_at


def test_demo_communication_drafts_cover_every_kind_and_state(demo: Workspace, lead: Session) -> None:
    incidents = _ids(demo, "SELECT DISTINCT incident_id FROM communication_drafts")
    assert len(incidents) >= 5
    drafts = [d for i in incidents for d in demo.communications.drafts(lead, i)]
    assert {d.kind for d in drafts} == set(TemplateKind)
    assert {DraftState.DRAFT, DraftState.APPROVED, DraftState.SENT} <= {d.state for d in drafts}
    assert {d.language.value for d in drafts} == {"en", "zh"}
    for draft in drafts:
        assert draft.complete, draft  # every placeholder filled: approvable
        assert "{" not in draft.subject + draft.body
        if draft.state is DraftState.SENT:
            assert draft.approved_at is not None
            assert draft.sent_at is not None
            assert draft.created_at <= draft.approved_at <= draft.sent_at <= NOW
    assert any("事件" in d.body for d in drafts)


def test_demo_breach_clocks_run_are_met_and_one_is_late_with_a_reason(demo: Workspace, lead: Session) -> None:
    incidents = _ids(demo, "SELECT DISTINCT incident_id FROM incident_breach_rule_sets")
    assert len(incidents) >= 4
    categories = {
        r[0] for r in demo.db.query(
            f"SELECT category FROM incidents WHERE id IN ({','.join('?' * len(incidents))})", tuple(incidents)
        )
    }  # fmt: skip
    assert categories <= {IncidentCategory.PRIVACY_LEAK.value, IncidentCategory.CYBER_SECURITY.value}
    statuses = [demo.breach_clocks.status(lead, i, now=NOW) for i in incidents]
    assert {code for s in statuses for code, _name in s.rule_sets} == {"gdpr", "nis2"}
    assert all(StartEvent.AWARENESS in dict(s.events) for s in statuses)
    clocks = [c for s in statuses for c in s.clocks]
    assert any(c.met is True for c in clocks)
    late = [c for c in clocks if c.met is False and c.sent_at is not None]
    assert len(late) == 1
    assert late[0].late_reason
    assert all(c.late_reason is None for c in clocks if c.met is True)
    assert any(c.sent_at is None for c in clocks)  # still running or overdue
    assert all(c.sent_at is None or c.sent_at <= NOW for c in clocks)


def test_demo_evidence_is_stored_verifiable_and_has_custody(demo: Workspace, lead: Session) -> None:
    incidents = _ids(demo, "SELECT DISTINCT incident_id FROM evidence_items")
    assert len(incidents) >= 2
    items = [item for i in incidents for item in demo.evidence.items(lead, i)]
    assert len(items) >= 5
    kinds: set[CustodyKind] = set()
    for item in items:
        assert demo.evidence.verify(lead, item.id, now=NOW).sha256 == item.sha256
        content = demo.evidence.read(lead, item.id, now=NOW).content
        assert len(content) == item.size > 0
        if item.file_name.endswith(".png"):
            assert content.startswith(b"\x89PNG\r\n\x1a\n")
        elif item.file_name.endswith(".csv"):
            assert content.decode("utf-8").startswith("timestamp_utc,account,")
        else:
            assert b"postfix" in content
        assert [c.kind for c in item.custody][:2] == [CustodyKind.COLLECTED, CustodyKind.ADDED]
        assert item.collected_at is not None
        assert item.collected_at <= item.added_at <= NOW
        kinds |= {c.kind for c in item.custody}
    assert {CustodyKind.HANDED_OVER, CustodyKind.SEALED} <= kinds
    categories = {r[0] for r in demo.db.query("SELECT DISTINCT i.category FROM evidence_items e "
                                              "JOIN incidents i ON i.id = e.incident_id")}  # fmt: skip
    assert categories == {IncidentCategory.PRIVACY_LEAK.value}


def test_demo_corrective_actions_are_done_open_and_some_overdue(demo: Workspace, lead: Session) -> None:
    incidents = _ids(demo, "SELECT DISTINCT incident_id FROM corrective_actions")
    assert len(incidents) >= 5
    statuses = {
        r[0] for r in demo.db.query(
            f"SELECT status FROM incidents WHERE id IN ({','.join('?' * len(incidents))})", tuple(incidents)
        )
    }  # fmt: skip
    assert statuses <= {"resolved", "reviewed"}
    actions = [a for i in incidents for a in demo.reviews.get(lead, i).actions]
    today = NOW.date()
    assert any(a.status is ActionStatus.DONE for a in actions)
    assert any(a.is_open and not a.is_overdue(today) for a in actions)
    assert 1 <= sum(a.is_overdue(today) for a in actions) < len(actions) // 2
    assert any(a.owner_role is not None for a in actions)
    for action in actions:
        assert (action.done_at is not None) == (action.status is ActionStatus.DONE)
        assert action.done_at is None or action.created_at <= action.done_at <= NOW


def test_demo_timeline_entries_are_signed_as_the_service_signs_them(demo: Workspace, lead: Session) -> None:
    assert demo.db.query_value("SELECT count(*) FROM incidents") <= SIGNED_INCIDENTS
    assert demo.db.query_value("SELECT count(*) FROM incident_timeline WHERE signature IS NULL") == 0
    checked = 0
    for code in [r[0] for r in demo.db.query("SELECT code FROM incidents ORDER BY id")]:
        view = demo.incidents.get_by_code(lead, code)
        for entry in view.timeline:
            assert entry.signature_valid is True, code
            assert not entry.corrected
            checked += 1
    assert checked > 100
    # An entry logged through the service now sits beside them, signed the same way.
    incident = demo.db.query_value("SELECT id FROM incidents WHERE status = 'responding' LIMIT 1")
    added = demo.incidents.add_timeline_entry(lead, incident, "Called the employee back 已回電員工", now=NOW)
    assert added.signature_valid is True


def _records(workspace: Workspace) -> list[list[tuple[object, ...]]]:
    tables = {
        "incident_timeline": "id, signature, signed_by, signed_at",
        "person_emergency_contacts": "*",
        "person_notes": "*",
        "communication_drafts": "*",
        "incident_breach_rule_sets": "*",
        "incident_breach_events": "*",
        "incident_breach_notices": "*",
        "evidence_items": "*",
        "evidence_custody": "*",
        "corrective_actions": "*",
    }
    return [
        workspace.db.query(f"SELECT {columns} FROM {table} ORDER BY id") for table, columns in tables.items()
    ]


def test_the_same_seed_gives_the_same_records(tmp_path: Path) -> None:
    dumps = []
    for name in ("a.db", "b.db"):
        created, _ = create_demo_database(
            tmp_path / name, key_mode=KeyMode.PASSPHRASE, passphrase="demo records test", now=NOW
        )
        try:
            dumps.append(_records(created.workspace))
        finally:
            created.workspace.close()
    assert dumps[0] == dumps[1]
    assert all(dumps[0])  # every kind present


def test_the_demo_database_verifies_and_its_audit_names_no_demo_person(
    db_path: Path, keystore: Keystore
) -> None:
    created, _ = create_demo_database(db_path, keystore=keystore, now=NOW)
    workspace = created.workspace
    try:
        names = [r[0] for r in workspace.db.query("SELECT full_name FROM incident_people")]
        names += [r[0] for r in workspace.db.query("SELECT name FROM person_emergency_contacts")]
        phones = [r[0] for r in workspace.db.query("SELECT phone FROM incident_people WHERE phone != ''")]
        notes = [r[0] for r in workspace.db.query("SELECT text FROM person_notes")]
        audit = [
            " ".join(str(v) for v in row)
            for row in workspace.db.query("SELECT actor, action, entity, entity_id, detail FROM audit_log")
        ]
        assert any(json.loads(row[0]).get("entries") for row in workspace.db.query(
            "SELECT detail FROM audit_log WHERE action = 'demo.timeline_signed'"
        ))  # fmt: skip
    finally:
        workspace.close()
    assert len(names) >= 20
    everything = "\n".join(audit)
    for value in names + phones + notes:
        assert value not in everything
    for name in names:
        assert name.split(" ")[0] not in everything  # nor the Chinese name alone
    report = verify_database(db_path, keystore=keystore)
    assert report.problems == []
    assert report.audit_entries == len(audit)
