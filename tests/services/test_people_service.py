"""The people service on real SQLCipher files: linking, identity, contacts, screenings, follow-ups, notes.

Confidential values are canaries: they must come back to a counsellor who asks (audited), and never
reach the database file in clear, the audit trail, a ``repr`` or an hr_manager session.
"""

from __future__ import annotations

import dataclasses
import json
import secrets
import unicodedata
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.clocks import ClockState
from app.domain.grading import GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.roles import Role
from app.domain.screenings import AlertReason, Band
from app.services.errors import InvalidInput, PermissionDenied
from app.services.people import (
    ContactNotAuthorised,
    EmergencyContactInput,
    FollowUpKind,
    Involvement,
    NoteKind,
    PeopleInputInvalid,
    PersonInput,
    PersonSummary,
)
from app.services.policy import ENTRY_LOCK_HOURS
from app.services.session import Session
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.support.store_tools import files_containing

NOW = datetime.now(UTC).replace(microsecond=0)
T0 = NOW - timedelta(days=60)  # a past "now" for time-travel tests
PEOPLE_TABLES = (
    "incident_people",
    "person_emergency_contacts",
    "person_emergency_contact_uses",
    "person_screenings",
    "person_follow_ups",
    "person_notes",
)


@pytest.fixture
def admin(workspace: Workspace) -> Session:
    return workspace.sign_in(ADMIN, ADMIN_PASSWORD)


@pytest.fixture
def counsellor(workspace: Workspace, admin: Session) -> Session:
    workspace.users.create(admin, "coun", Role.COUNSELLOR, "counsellor-pass-1")
    return workspace.sign_in("coun", "counsellor-pass-1")


@pytest.fixture
def other_counsellor(workspace: Workspace, admin: Session) -> Session:
    workspace.users.create(admin, "coun2", Role.COUNSELLOR, "counsellor-pass-2")
    return workspace.sign_in("coun2", "counsellor-pass-2")


@pytest.fixture
def hr(workspace: Workspace, admin: Session) -> Session:
    workspace.users.create(admin, "hr", Role.HR_MANAGER, "hr-manager-pass-1")
    return workspace.sign_in("hr", "hr-manager-pass-1")


@pytest.fixture
def incident(workspace: Workspace, counsellor: Session) -> int:
    facts = IncidentFacts(
        title="Crisis", category=IncidentCategory.PSYCHOLOGICAL_CRISIS, reported_at=T0 - timedelta(hours=2)
    )
    return workspace.incidents.create(counsellor, facts, GradingInput(), now=T0).incident.id


def people_state(workspace: Workspace) -> tuple[object, ...]:
    return tuple(workspace.db.query(f"SELECT * FROM {table} ORDER BY id") for table in PEOPLE_TABLES)


def audit(workspace: Workspace, action: str) -> list[tuple[str, str, str, dict[str, Any]]]:
    rows = workspace.db.query(
        "SELECT actor, entity, entity_id, detail FROM audit_log WHERE action = ? ORDER BY seq", (action,)
    )
    return [(a, e, i, json.loads(d)) for a, e, i, d in rows]


def link(workspace: Workspace, session: Session, incident: int, **kw: Any) -> PersonSummary:
    now = kw.pop("now", T0)
    return workspace.people.link_person(session, incident, PersonInput(**kw), now=now)


# -- linking --------------------------------------------------------------------------------------------


def test_linking_schedules_the_three_follow_ups_from_the_link_time(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    linked_at = T0 - timedelta(hours=3)
    person = workspace.people.link_person(
        counsellor, incident, PersonInput(full_name="Chan Tai Man"), linked_at=linked_at, now=T0
    )
    assert person.pseudonym.startswith("P-")
    assert len(person.pseudonym) == 6
    assert person.pseudonym[2:].isdigit()
    assert person.linked_at == linked_at
    follow_ups = workspace.people.follow_ups(counsellor, person.id, now=T0)
    assert [(f.kind, f.due_at - linked_at) for f in follow_ups] == [
        (FollowUpKind.CONTACT, timedelta(hours=24)),
        (FollowUpKind.TRACKING, timedelta(days=7)),
        (FollowUpKind.RECOVERY_PLAN, timedelta(days=30)),
    ]
    assert {f.state for f in follow_ups} == {ClockState.RUNNING}
    assert person.next_follow_up_kind is FollowUpKind.CONTACT
    assert person.next_follow_up_due == linked_at + timedelta(hours=24)
    assert audit(workspace, "person.linked") == [
        ("coun", "person", str(person.id), {"incident": incident, "involvement": "affected", "follow_ups": 3})
    ]


def test_follow_ups_count_elapsed_time_across_a_daylight_saving_change(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    london = ZoneInfo("Europe/London")
    # Linked on Saturday 28 March 2026 at 12:00 London time; the clocks go forward that night.
    linked_at = datetime(2026, 3, 28, 12, 0, tzinfo=london)
    now = datetime(2026, 3, 28, 13, 0, tzinfo=UTC)
    person = workspace.people.link_person(counsellor, incident, PersonInput(), linked_at=linked_at, now=now)
    contact = workspace.people.follow_ups(counsellor, person.id, now=now)[0]
    assert contact.due_at - linked_at == timedelta(hours=24)  # 24 elapsed hours ...
    assert contact.due_at.astimezone(london).hour == 13  # ... which is 13:00 local on Sunday
    assert contact.due_at.tzinfo is not None
    assert contact.due_at.utcoffset() == timedelta(0)  # stored and returned in UTC


def test_pseudonyms_are_unique_per_incident_and_nothing_is_half_written(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    first = link(workspace, counsellor, incident, pseudonym="E-4821")
    assert first.pseudonym == "E-4821"
    before = people_state(workspace)
    with pytest.raises(PeopleInputInvalid) as caught:
        link(workspace, counsellor, incident, pseudonym="E-4821")
    assert caught.value.fields == ("pseudonym",)
    assert people_state(workspace) == before
    generated = {link(workspace, counsellor, incident).pseudonym for _ in range(5)}
    assert len(generated) == 5
    assert "E-4821" not in generated


def test_bad_input_lists_every_field_and_echoes_no_value(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    before = people_state(workspace)
    with pytest.raises(PeopleInputInvalid) as caught:
        workspace.people.link_person(
            counsellor,
            incident,
            PersonInput(
                involvement="bystander",
                full_name="Secret\nName",
                employee_number="E 123",
                phone="call me maybe",
                email="not-an-address",
                pseudonym="x",
            ),
        )
    assert set(caught.value.fields) == {
        "involvement",
        "full_name",
        "employee_number",
        "phone",
        "email",
        "pseudonym",
    }
    for secret in ("Secret", "E 123", "call me", "not-an-address"):
        assert secret not in str(caught.value)
    assert people_state(workspace) == before


def test_a_pseudonym_may_not_give_the_person_away(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    with pytest.raises(PeopleInputInvalid, match="employee number"):
        link(workspace, counsellor, incident, employee_number="E12345", pseudonym="e12345")
    with pytest.raises(PeopleInputInvalid, match="name"):
        link(workspace, counsellor, incident, full_name="Wong", pseudonym="wong-01")


def test_linking_to_a_missing_incident_or_in_the_future_is_refused(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    with pytest.raises(InvalidInput, match="incident does not exist"):
        link(workspace, counsellor, 9999)
    with pytest.raises(PeopleInputInvalid) as caught:
        workspace.people.link_person(
            counsellor, incident, PersonInput(), linked_at=T0 + timedelta(hours=1), now=T0
        )
    assert caught.value.fields == ("linked_at",)
    assert people_state(workspace)[0] == []


_ANY_TEXT = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.sampled_from(["", " ", "\x00", "a\nb", "Zhang San 張三", "+852 1234 5678", "a@b.cd", "P-1234"]),
    st.integers(),
    st.none(),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    involvement=st.one_of(st.sampled_from([i.value for i in Involvement]), _ANY_TEXT),
    department=_ANY_TEXT,
    full_name=_ANY_TEXT,
    employee_number=_ANY_TEXT,
    phone=_ANY_TEXT,
    email=_ANY_TEXT,
    pseudonym=_ANY_TEXT,
)
def test_any_input_is_saved_whole_or_refused_clearly_with_nothing_written(
    workspace: Workspace,
    counsellor: Session,
    incident: int,
    **fields: Any,
) -> None:
    before = people_state(workspace)
    refused: PeopleInputInvalid | None = None
    try:
        person = workspace.people.link_person(counsellor, incident, PersonInput(**fields), now=T0)
    except PeopleInputInvalid as error:
        refused = error
    if refused is not None:
        assert refused.problems
        assert all(p.field in PersonInput.__slots__ for p in refused.problems)
        assert all(p.message and not p.message.endswith(" ") for p in refused.problems)
        assert people_state(workspace) == before
        return
    identity = workspace.people.reveal_identity(counsellor, person.id)
    assert identity.full_name == unicodedata.normalize("NFC", fields["full_name"]).strip()
    assert identity.phone == unicodedata.normalize("NFC", fields["phone"]).strip()
    assert len(people_state(workspace)[0]) == len(before[0]) + 1
    assert len(people_state(workspace)[4]) == len(before[4]) + 3


def test_update_person_records_changed_fields_only(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    person = link(workspace, counsellor, incident, full_name="Lee", department="Finance")
    updated = workspace.people.update_person(
        counsellor,
        person.id,
        PersonInput(involvement="witness", full_name="Lee Ka Yan", department="Finance", phone="2345 6789"),
        now=T0,
    )
    assert updated.pseudonym == person.pseudonym  # empty pseudonym keeps the current one
    assert updated.involvement is Involvement.WITNESS
    identity = workspace.people.reveal_identity(counsellor, person.id)
    assert (identity.full_name, identity.phone) == ("Lee Ka Yan", "2345 6789")
    assert audit(workspace, "person.updated")[0][3] == {"fields": ["full_name", "involvement", "phone"]}


# -- identity and de-identification ---------------------------------------------------------------------


def test_the_list_carries_no_identity_and_revealing_it_is_audited(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    person = link(
        workspace, counsellor, incident, full_name="Ho Siu Ming", employee_number="E777", phone="91234567"
    )
    listed = workspace.people.list_people(counsellor, incident, now=T0)
    assert [p.id for p in listed] == [person.id]
    values = {str(v) for v in dataclasses.astuple(listed[0])}
    assert not any("Ho Siu Ming" in v or "E777" in v or "91234567" in v for v in values)
    assert audit(workspace, "person.identity_viewed") == []
    identity = workspace.people.reveal_identity(counsellor, person.id)
    assert (identity.full_name, identity.employee_number, identity.phone) == (
        "Ho Siu Ming",
        "E777",
        "91234567",
    )
    assert audit(workspace, "person.identity_viewed") == [("coun", "person", str(person.id), {})]
    assert "Ho Siu Ming" not in repr(identity)


def test_hr_manager_gets_counts_only(
    workspace: Workspace, counsellor: Session, hr: Session, incident: int
) -> None:
    person = link(workspace, counsellor, incident, full_name="Hidden")
    link(workspace, counsellor, incident, involvement="witness")
    workspace.people.add_note(counsellor, person.id, "hidden note", now=T0)
    count = workspace.people.people_count(hr, incident)
    assert (count.total, dict(count.by_involvement)) == (2, {Involvement.AFFECTED: 1, Involvement.WITNESS: 1})
    assert {f.name for f in dataclasses.fields(count)} == {"incident_id", "total", "by_involvement"}
    refused = [
        lambda: workspace.people.list_people(hr, incident),
        lambda: workspace.people.person(hr, person.id),
        lambda: workspace.people.reveal_identity(hr, person.id),
        lambda: workspace.people.screenings(hr, person.id),
        lambda: workspace.people.notes(hr, person.id),
        lambda: workspace.people.follow_ups(hr, person.id),
        lambda: workspace.people.red_alert(hr, person.id),
        lambda: workspace.people.follow_ups_due(hr, T0, T0 + timedelta(days=40)),
        lambda: workspace.people.link_person(hr, incident, PersonInput()),
        lambda: workspace.people.record_screening(hr, person.id, "gad7", [0] * 7),
        lambda: workspace.people.add_note(hr, person.id, "HR note"),
    ]
    before = people_state(workspace)
    for call in refused:
        with pytest.raises(PermissionDenied):
            call()
    assert people_state(workspace) == before
    assert len(audit(workspace, "access.denied")) == len(refused)


# -- emergency contacts -------------------------------------------------------------------------------


def test_an_emergency_contact_is_used_only_with_recorded_authorisation(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    person = link(workspace, counsellor, incident)
    (mother, sister) = workspace.people.set_emergency_contacts(
        counsellor,
        person.id,
        [
            EmergencyContactInput("Mother", "+852 2111 2222", "mother"),
            EmergencyContactInput("Sister", "6111 2222", "sister", authorised=True, consent_method="written"),
        ],
        now=T0,
    )
    assert (mother.position, mother.authorised, sister.authorised) == (1, False, True)
    assert sister.authorised_at == T0
    before = people_state(workspace)
    with pytest.raises(ContactNotAuthorised, match="authorisation is not recorded"):
        workspace.people.record_emergency_contact_use(counsellor, person.id, mother.id, "Red alert", now=T0)
    assert people_state(workspace) == before
    use = workspace.people.record_emergency_contact_use(counsellor, person.id, sister.id, "Red alert", now=T0)
    assert use > 0
    with pytest.raises(PeopleInputInvalid, match="consent_method"):
        workspace.people.record_authorisation(counsellor, person.id, mother.id, authorised=True)
    granted = workspace.people.record_authorisation(counsellor, person.id, mother.id, method="verbal", now=T0)
    assert (granted.authorised, granted.consent_method.value) == (True, "verbal")
    workspace.people.record_emergency_contact_use(counsellor, person.id, mother.id, "Follow-up", now=T0)
    assert audit(workspace, "person.contact_authorisation")[0][3] == {
        "person": person.id,
        "authorised": True,
        "method": "verbal",
    }
    summary = workspace.people.person(counsellor, person.id, now=T0)
    assert (summary.emergency_contacts, summary.authorised_contacts) == (2, 2)


def test_a_changed_contact_needs_a_new_authorisation_an_unchanged_one_keeps_it(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    person = link(workspace, counsellor, incident)
    keep = EmergencyContactInput("Partner", "6000 0001", "partner", authorised=True, consent_method="written")
    workspace.people.set_emergency_contacts(
        counsellor,
        person.id,
        [keep, EmergencyContactInput("Friend", "6000 0002", authorised=True, consent_method="verbal")],
        now=T0,
    )
    later = T0 + timedelta(hours=1)
    contacts = workspace.people.set_emergency_contacts(
        counsellor, person.id, [keep, EmergencyContactInput("Friend", "6000 0003")], now=later
    )
    assert [(c.name, c.authorised, c.authorised_at) for c in contacts] == [
        ("Partner", True, T0),
        ("Friend", False, None),
    ]
    removed = workspace.db.query(
        "SELECT count(*) FROM person_emergency_contacts WHERE removed_at IS NOT NULL"
    )
    assert removed == [(1,)]  # the old number is kept, marked removed
    with pytest.raises(PeopleInputInvalid, match="at most 2"):
        workspace.people.set_emergency_contacts(counsellor, person.id, [keep, keep, keep])
    with pytest.raises(PeopleInputInvalid) as caught:
        workspace.people.set_emergency_contacts(
            counsellor, person.id, [EmergencyContactInput(" ", "abc", authorised=True)]
        )
    assert set(caught.value.fields) == {"contacts.1.name", "contacts.1.phone", "contacts.1.consent_method"}


# -- screenings and the red alert -----------------------------------------------------------------------


def test_screenings_are_scored_by_the_service_and_reading_them_is_audited(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    person = link(workspace, counsellor, incident)
    phq = workspace.people.record_screening(
        counsellor, person.id, "phq9", [2, 2, 2, 2, 2, 2, 2, 0, 0], now=T0
    )
    assert (phq.total, phq.band, phq.self_harm_flag) == (14, Band.MODERATE, False)
    gad = workspace.people.record_screening(counsellor, person.id, "gad7", [3, 3, 3, 3, 3, 0, 0], now=T0)
    assert (gad.total, gad.band) == (15, Band.SEVERE)
    assert [s.id for s in workspace.people.screenings(counsellor, person.id)] == [phq.id, gad.id]
    assert audit(workspace, "person.screening_recorded")[0][3] == {"person": person.id, "instrument": "phq9"}
    assert audit(workspace, "person.screenings_viewed") == [
        ("coun", "person", str(person.id), {"screenings": 2})
    ]
    alert = workspace.people.red_alert(counsellor, person.id, now=T0)
    assert alert.reasons == (AlertReason.GAD7_SEVERE,)


def test_item_nine_raises_the_alert_whatever_the_total(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    person = link(workspace, counsellor, incident)
    mild = workspace.people.record_screening(
        counsellor, person.id, "phq9", [1, 1, 1, 1, 0, 0, 0, 0, 1], now=T0
    )
    assert (mild.total, mild.band, mild.self_harm_flag) == (5, Band.MILD, True)
    listed = workspace.people.list_people(counsellor, incident, now=T0)[0]
    assert listed.alert.raised
    assert listed.alert.reasons == (AlertReason.PHQ9_SELF_HARM,)
    # the latest PHQ-9 counts: a later screening without item 9 clears it
    workspace.people.record_screening(
        counsellor,
        person.id,
        "phq9",
        [0] * 9,
        taken_at=T0 + timedelta(minutes=5),
        now=T0 + timedelta(minutes=5),
    )
    assert not workspace.people.red_alert(counsellor, person.id, now=T0 + timedelta(minutes=5)).raised


def test_bad_screening_answers_name_the_item_and_write_nothing(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    person = link(workspace, counsellor, incident)
    before = people_state(workspace)
    for instrument, answers, field in (
        ("phq9", [0] * 8, "answers"),
        ("phq9", [0, 0, 4, 0, 0, 0, 0, 0, 0], "answers.3"),
        ("gad7", [0, 0, 0, 0, 0, 0, True], "answers.7"),
        ("sCL90", [0] * 9, "instrument"),
    ):
        with pytest.raises(PeopleInputInvalid) as caught:
            workspace.people.record_screening(counsellor, person.id, instrument, answers, now=T0)
        assert caught.value.fields == (field,)
    assert people_state(workspace) == before


def test_a_missed_follow_up_or_clinical_judgement_raises_the_alert(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    person = link(workspace, counsellor, incident)
    assert not workspace.people.red_alert(counsellor, person.id, now=T0 + timedelta(hours=23)).raised
    late = T0 + timedelta(hours=25)
    summary = workspace.people.person(counsellor, person.id, now=late)
    assert summary.alert.reasons == (AlertReason.MISSED_FOLLOW_UP,)
    assert summary.overdue_follow_ups == 1
    contact = workspace.people.follow_ups(counsellor, person.id, now=late)[0]
    assert contact.state is ClockState.OVERDUE
    done = workspace.people.complete_follow_up(counsellor, contact.id, outcome="Reached by phone", now=late)
    assert (done.state, done.done_at, done.outcome) == (ClockState.MISSED, late, "Reached by phone")
    assert not workspace.people.red_alert(counsellor, person.id, now=late).raised
    with pytest.raises(InvalidInput, match="already done"):
        workspace.people.complete_follow_up(counsellor, contact.id, now=late)
    concerned = workspace.people.set_clinical_concern(counsellor, person.id, True, now=late)
    assert concerned.alert.reasons == (AlertReason.CLINICAL_JUDGEMENT,)
    assert audit(workspace, "person.follow_up_done")[0][3] == {
        "person": person.id,
        "kind": "follow_up_contact",
        "state": "missed",
    }


def test_follow_ups_due_give_a_calendar_pseudonym_kind_and_time_only(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    first = link(workspace, counsellor, incident, full_name="Calendar Person")
    second = link(workspace, counsellor, incident, now=T0 + timedelta(days=2))
    extra = workspace.people.add_follow_up(
        counsellor, first.id, "Check GP referral", T0 + timedelta(days=3), now=T0
    )
    assert extra.kind is FollowUpKind.AD_HOC
    due = workspace.people.follow_ups_due(counsellor, T0, T0 + timedelta(days=8))
    assert [(d.pseudonym, d.kind, d.due_at - T0) for d in due] == [
        (first.pseudonym, FollowUpKind.CONTACT, timedelta(days=1)),
        (second.pseudonym, FollowUpKind.CONTACT, timedelta(days=3)),
        (first.pseudonym, FollowUpKind.AD_HOC, timedelta(days=3)),
        (first.pseudonym, FollowUpKind.TRACKING, timedelta(days=7)),
    ]
    assert {f.name for f in dataclasses.fields(due[0])} == {
        "follow_up_id", "incident_id", "person_id", "pseudonym", "kind", "due_at", "done",
    }  # fmt: skip
    workspace.people.complete_follow_up(counsellor, due[0].follow_up_id, now=T0)
    assert len(workspace.people.follow_ups_due(counsellor, T0, T0 + timedelta(days=8))) == 3
    assert (
        len(workspace.people.follow_ups_due(counsellor, T0, T0 + timedelta(days=8), include_done=True)) == 4
    )
    with pytest.raises(PeopleInputInvalid, match="after the start"):
        workspace.people.follow_ups_due(counsellor, T0, T0)
    with pytest.raises(PeopleInputInvalid, match="time zone"):
        workspace.people.follow_ups_due(counsellor, T0.replace(tzinfo=None), T0)


# -- clinical notes -----------------------------------------------------------------------------------------


def test_the_author_may_correct_a_note_until_it_locks_then_only_addenda(
    workspace: Workspace, counsellor: Session, other_counsellor: Session, incident: int
) -> None:
    person = link(workspace, counsellor, incident)
    note = workspace.people.add_note(counsellor, person.id, "First session: tearful.", now=T0)
    assert (note.kind, note.revision, note.signature_valid, note.locked) == (
        NoteKind.CLINICAL_NOTE,
        1,
        True,
        False,
    )
    assert note.signature.startswith("v1:")
    assert note.locks_at == T0 + timedelta(hours=24)
    with pytest.raises(InvalidInput, match="Only the author"):
        workspace.people.correct_note(other_counsellor, note.id, "Changed by someone else", now=T0)
    corrected = workspace.people.correct_note(
        counsellor, note.id, "First session: tearful, calmer by the end.", now=T0 + timedelta(hours=23)
    )
    assert (corrected.revision, corrected.signature_valid) == (2, True)
    assert corrected.signature != note.signature
    assert corrected.locks_at == note.locks_at  # a correction does not restart the lock period
    before = people_state(workspace)
    with pytest.raises(InvalidInput, match="locked"):
        workspace.people.correct_note(counsellor, note.id, "Too late", now=T0 + timedelta(hours=24))
    assert people_state(workspace) == before
    addendum = workspace.people.add_addendum(
        other_counsellor, note.id, "Addendum: family informed.", now=T0 + timedelta(hours=30)
    )
    on_addendum = workspace.people.add_addendum(
        counsellor, addendum.id, "Second addendum.", now=T0 + timedelta(hours=31)
    )
    assert on_addendum.parent_id == note.id  # addenda hang off the original
    notes = workspace.people.notes(counsellor, person.id, now=T0 + timedelta(hours=31))
    assert [(n.id, n.kind, n.text) for n in notes] == [
        (note.id, NoteKind.CLINICAL_NOTE, "First session: tearful, calmer by the end."),
        (addendum.id, NoteKind.ADDENDUM, "Addendum: family informed."),
        (on_addendum.id, NoteKind.ADDENDUM, "Second addendum."),
    ]
    assert [n.locked for n in notes] == [True, False, False]
    assert all(n.signature_valid for n in notes)
    assert notes[1].author_name == "coun2"
    assert [a[1] for a in audit(workspace, "person.note_corrected")] == ["clinical_note"]
    assert audit(workspace, "person.notes_viewed") == [("coun", "person", str(person.id), {"notes": 3})]


def test_the_lock_period_comes_from_the_policy_setting(
    workspace: Workspace, admin: Session, counsellor: Session, incident: int
) -> None:
    workspace.settings.set_value(admin, ENTRY_LOCK_HOURS, 2)
    person = link(workspace, counsellor, incident)
    note = workspace.people.add_note(counsellor, person.id, "Short lock", now=T0)
    assert note.locks_at == T0 + timedelta(hours=2)
    with pytest.raises(InvalidInput, match="locked"):
        workspace.people.correct_note(counsellor, note.id, "Later", now=T0 + timedelta(hours=2, seconds=1))


def test_a_note_changed_behind_the_service_fails_its_signature(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    person = link(workspace, counsellor, incident)
    note = workspace.people.add_note(counsellor, person.id, "Original words", now=T0)
    with workspace.db.transaction() as conn:
        conn.execute("UPDATE person_notes SET text = 'Forged words' WHERE id = ?", (note.id,))
    (shown,) = workspace.people.notes(counsellor, person.id, now=T0)
    assert shown.text == "Forged words"
    assert shown.signature_valid is False


def test_note_input_is_checked(workspace: Workspace, counsellor: Session, incident: int) -> None:
    person = link(workspace, counsellor, incident)
    for text, at in (("  ", None), ("a\x00b", None), ("x" * 20_001, None), ("ok", T0 + timedelta(hours=1))):
        with pytest.raises(PeopleInputInvalid):
            workspace.people.add_note(counsellor, person.id, text, at=at, now=T0)
    assert workspace.db.query("SELECT count(*) FROM person_notes") == [(0,)]


# -- confidentiality canaries ------------------------------------------------------------------------------


def test_confidential_values_never_reach_the_file_the_audit_trail_or_a_repr(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    canary = f"CANARY{secrets.token_hex(6)}"
    name, note_text, reason = f"{canary}-name 陳大文", f"{canary}-note 想死", f"{canary}-reason"
    person = workspace.people.link_person(
        counsellor,
        incident,
        PersonInput(full_name=name, employee_number=f"{canary}E", email=f"{canary}@example.org"),
        now=T0,
    )
    (contact,) = workspace.people.set_emergency_contacts(
        counsellor,
        person.id,
        [EmergencyContactInput(f"{canary}-contact", "6123 4567", authorised=True, consent_method="written")],
    )
    workspace.people.record_emergency_contact_use(counsellor, person.id, contact.id, reason)
    note = workspace.people.add_note(counsellor, person.id, note_text)
    addendum = workspace.people.add_addendum(counsellor, note.id, f"{canary}-addendum")
    follow_up = workspace.people.follow_ups(counsellor, person.id)[0]
    done = workspace.people.complete_follow_up(counsellor, follow_up.id, outcome=f"{canary}-outcome")
    screening = workspace.people.record_screening(counsellor, person.id, "phq9", [3] * 9)
    identity = workspace.people.reveal_identity(counsellor, person.id)
    assert identity.full_name == name
    assert workspace.people.notes(counsellor, person.id)[0].text == note_text

    db_path = workspace.db.path
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists()
    assert wal.stat().st_size > 0
    needles = [canary.encode(), canary.encode("utf-16-le"), "陳大文".encode()]
    assert files_containing(needles, db_path.parent) == []
    audit_text = json.dumps(workspace.db.query("SELECT * FROM audit_log"), ensure_ascii=False)
    assert canary not in audit_text
    assert "陳大文" not in audit_text
    shown = [
        person, contact, note, addendum, follow_up, done, screening, identity, *identity.contacts,
        PersonInput(full_name=name), EmergencyContactInput(name, "123"),
        workspace.people._repo.person(person.id), workspace.people._repo.notes(person.id),
        workspace.people._repo.contacts(person.id), workspace.people._repo.follow_ups(person.id),
    ]  # fmt: skip
    for value in shown:
        assert canary not in repr(value)
    workspace.close()
    assert files_containing(needles, db_path.parent) == []
