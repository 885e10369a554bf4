"""The incidents repository on a real SQLCipher file: round trips, codes, paging, filters, search."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.storage.database import Database
from app.storage.errors import StorageError
from app.storage.incidents_repository import (
    IncidentFilters,
    IncidentsRepository,
    NewChecklistItem,
    _where,
    fts_phrase,
    like_pattern,
)
from app.storage.keys import RawKey

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.create(db_path, RawKey(secrets.token_bytes(32)))
    yield database
    database.close()


def _fields(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "title": "Incident",
        "category": "privacy_leak",
        "grade": "III",
        "suggested_grade": "III",
        "status": "reported",
        "reported_at": T0,
        "departments": ["HR"],
        "impact": {"operations": 1},
        "sources": [{"description": "email", "verified": True}],
    }
    fields.update(overrides)
    return fields


def add(db: Database, *, year: int = 2026, now: datetime = T0, **overrides: Any) -> int:
    with db.transaction() as conn:
        number = IncidentsRepository.next_code_number(conn, year)
        return IncidentsRepository.insert(
            conn,
            code=f"INC-{year}-{number:04d}",
            code_year=year,
            code_number=number,
            fields=_fields(**overrides),
            is_drill=False,
            is_test=False,
            now=now,
        )


def codes(rows: list[Any]) -> list[str]:
    return [row.code for row in rows]


def test_insert_and_read_back_by_id_and_code(db: Database) -> None:
    repo = IncidentsRepository(db)
    incident_id = add(
        db,
        title="心理諮詢記錄洩漏",
        course_of_events="員工發現共享資料夾可被全體訪問",
        departments=["人力資源部", "IT"],
        impact={"operations": 2, "direct_loss": 1250},
        occurred_at=T0 - timedelta(hours=3),
        people_involved=12,
    )
    row = repo.by_id(incident_id)
    assert row is not None
    assert row.code == "INC-2026-0001"
    assert row.title == "心理諮詢記錄洩漏"
    assert row.departments == ("人力資源部", "IT")
    assert row.impact == {"operations": 2, "direct_loss": 1250}
    assert row.sources == ({"description": "email", "verified": True},)
    assert row.occurred_at == T0 - timedelta(hours=3)
    assert row.reported_at == T0
    assert row.reported_at.tzinfo is not None
    assert row.people_involved == 12
    assert (row.is_drill, row.is_test) == (False, False)
    assert repo.by_code("INC-2026-0001") == row
    assert repo.by_code("INC-2026-0002") is None
    assert "心理" not in repr(row)


def test_code_numbers_count_per_year(db: Database) -> None:
    add(db)
    add(db)
    add(db, year=2027)
    with db.transaction() as conn:
        assert IncidentsRepository.next_code_number(conn, 2026) == 3
        assert IncidentsRepository.next_code_number(conn, 2027) == 2
        assert IncidentsRepository.next_code_number(conn, 2030) == 1


def test_drill_and_test_flags_are_stored_and_both_at_once_refused(db: Database) -> None:
    with db.transaction() as conn:
        incident_id = IncidentsRepository.insert(
            conn, code="INC-2026-0001", code_year=2026, code_number=1, fields=_fields(),
            is_drill=True, is_test=False, now=T0,
        )  # fmt: skip
    row = IncidentsRepository(db).by_id(incident_id)
    assert row is not None
    assert (row.is_drill, row.is_test) == (True, False)
    with pytest.raises(StorageError, match=r"(?i)constraint"), db.transaction() as conn:
        IncidentsRepository.insert(
            conn, code="INC-2026-0002", code_year=2026, code_number=2, fields=_fields(),
            is_drill=True, is_test=True, now=T0,
        )  # fmt: skip


def test_update_fields_and_unknown_fields_refused(db: Database) -> None:
    incident_id = add(db)
    later = T0 + timedelta(hours=1)
    with db.transaction() as conn:
        IncidentsRepository.update(conn, incident_id, later, status="verified", acknowledged_at=later)
    row = IncidentsRepository(db).by_id(incident_id)
    assert row is not None
    assert (row.status, row.acknowledged_at, row.updated_at) == ("verified", later, later)
    with pytest.raises(ValueError, match="code"), db.transaction() as conn:
        IncidentsRepository.update(conn, incident_id, later, code="INC-1999-0001")


def test_timeline_status_changes_and_checklist(db: Database) -> None:
    repo = IncidentsRepository(db)
    incident_id = add(db)
    with db.transaction() as conn:
        first = IncidentsRepository.add_timeline_entry(
            conn, incident_id, at=T0 + timedelta(minutes=5), author_user_id=None, department="IT",
            text="Locked the share", now=T0,
        )  # fmt: skip
        IncidentsRepository.record_status_change(
            conn, incident_id, from_status="reported", to_status="dismissed", reason="duplicate",
            at=T0, user_id=None,
        )  # fmt: skip
        IncidentsRepository.insert_checklist(
            conn,
            incident_id,
            [
                NewChecklistItem(1, "confirm", "Confirm", "核實", "crisis_lead", T0 + timedelta(hours=1)),
                NewChecklistItem(2, None, "Notify", "通知", "hr", T0 + timedelta(hours=2)),
            ],
        )
        assert IncidentsRepository.has_checklist(conn, incident_id)
    timeline = repo.timeline(incident_id)
    assert [(t.id, t.department, t.text) for t in timeline] == [(first, "IT", "Locked the share")]
    assert [(c.from_status, c.to_status, c.reason) for c in repo.status_changes(incident_id)] == [
        ("reported", "dismissed", "duplicate")
    ]
    items = repo.checklist(incident_id)
    assert [(i.step_order, i.code, i.role, i.done_at) for i in items] == [
        (1, "confirm", "crisis_lead", None),
        (2, None, "hr", None),
    ]
    with db.transaction() as conn:
        assert IncidentsRepository.mark_checklist_done(conn, items[0].id, done_at=T0, done_by=None)
        assert not IncidentsRepository.mark_checklist_done(conn, items[0].id, done_at=T0, done_by=None)
    assert repo.checklist(incident_id)[0].done_at == T0


# -- the case list ----------------------------------------------------------------------------------


@pytest.fixture
def many(db: Database) -> Database:
    """25 incidents with varied status, grade, category and times (some share an updated_at)."""
    statuses = ["reported", "verified", "responding", "contained", "dismissed"]
    grades = ["I", "II", "III", "IV"]
    categories = ["privacy_leak", "psychological_crisis", "cyber_security"]
    for n in range(25):
        add(
            db,
            now=T0 + timedelta(minutes=n // 2),  # pairs share a timestamp: ties broken by id
            title=f"Case {n:02d}",
            status=statuses[n % 5],
            grade=grades[n % 4],
            category=categories[n % 3],
            reported_at=T0 - timedelta(hours=n),
        )
    return db


@pytest.mark.parametrize(
    "column", ["code", "title", "category", "grade", "status", "reported_at", "updated_at"]
)
@pytest.mark.parametrize("descending", [False, True])
def test_offset_and_keyset_paging_agree_with_the_full_order(
    many: Database, column: str, descending: bool
) -> None:
    repo = IncidentsRepository(many)
    everything = repo.list_page(IncidentFilters(), column, descending, limit=100)
    assert len(everything) == 25
    keys = [(getattr(r, column), r.id) for r in everything]
    assert keys == sorted(keys, reverse=descending)
    by_offset, by_keyset, after = [], [], None
    for page in range(4):
        by_offset += repo.list_page(IncidentFilters(), column, descending, offset=page * 7, limit=7)
        rows = repo.list_page(IncidentFilters(), column, descending, after=after, limit=7)
        by_keyset += rows
        if rows:
            after = (getattr(rows[-1], column), rows[-1].id)
    assert codes(by_offset) == codes(everything) == codes(by_keyset)


def test_unknown_sort_column_is_refused(many: Database) -> None:
    with pytest.raises(ValueError, match="sort"):
        IncidentsRepository(many).list_page(IncidentFilters(), "title; DROP TABLE incidents")


def test_filters_by_status_grade_and_category(many: Database) -> None:
    repo = IncidentsRepository(many)

    def titles(**kwargs: Any) -> set[str]:
        filters = IncidentFilters(**kwargs)
        rows = repo.list_page(filters, limit=100)
        assert repo.count(filters) == len(rows)
        return {r.title for r in rows}

    assert titles(statuses=("reported",)) == {f"Case {n:02d}" for n in range(0, 25, 5)}
    assert titles(grades=("I",)) == {f"Case {n:02d}" for n in range(0, 25, 4)}
    assert titles(categories=("cyber_security",)) == {f"Case {n:02d}" for n in range(2, 25, 3)}
    assert titles(statuses=("reported", "verified"), grades=("I",)) == {"Case 00", "Case 16", "Case 20"}
    assert titles(statuses=("reported",), grades=("II",), categories=("cyber_security",)) == {"Case 05"}
    assert titles(statuses=("dismissed",), grades=("I",), categories=("cyber_security",)) == set()


def test_overdue_filter_reads_the_stored_next_due_time(db: Database) -> None:
    """The repository compares the stored next due time; the service keeps it (tests/services)."""
    now = T0
    repo = IncidentsRepository(db)
    past = add(db, title="past due")
    just_past = add(db, title="a microsecond late")
    add(db, title="due exactly now")
    add(db, title="due later")
    add(db, title="nothing due")
    due = {
        past: now - timedelta(hours=3),
        just_past: now - timedelta(microseconds=1),
        past + 2: now,
        past + 3: now + timedelta(minutes=1),
    }
    with db.transaction() as conn:
        for incident_id, when in due.items():
            IncidentsRepository.set_next_due(conn, incident_id, when)
    filters = IncidentFilters(overdue=True, now=now)
    rows = repo.list_page(filters, limit=100)
    assert {r.id for r in rows} == {past, just_past}
    assert repo.count(filters) == 2
    assert {r.id: r.next_due_at for r in repo.list_page(IncidentFilters(), limit=100)} == {
        **due,
        past + 4: None,
    }
    assert repo.by_id(past).next_due_at == now - timedelta(hours=3)  # type: ignore[union-attr]
    # Combined with the other filters like any clause.
    assert repo.count(IncidentFilters(overdue=True, now=now, grades=("I",))) == 0
    with pytest.raises(ValueError, match="current time"):
        repo.list_page(IncidentFilters(overdue=True))


def test_overdue_and_filtered_pages_use_the_case_list_indexes(db: Database) -> None:
    """The plans that keep the 100,000-incident case list fast (benchmarks/bench_case_list.py)."""

    def plan(filters: IncidentFilters, *, count: bool = False) -> str:
        clauses, params = _where(filters)
        where = " AND ".join(clauses)
        sql = (
            f"SELECT count(*) FROM incidents WHERE {where}"
            if count
            else f"SELECT id FROM incidents WHERE {where} ORDER BY updated_at DESC, id DESC LIMIT 50"
        )
        rows = db.query(f"EXPLAIN QUERY PLAN {sql}", tuple(params))
        return " / ".join(str(r[-1]) for r in rows)

    overdue = IncidentFilters(overdue=True, now=T0)
    assert "incidents_by_next_due" in plan(overdue, count=True)
    overdue_page = plan(overdue)
    assert "incidents_open_by_updated" in overdue_page
    assert "TEMP B-TREE FOR ORDER BY" not in overdue_page  # at most the id tie-break ("RIGHT PART")
    category = plan(IncidentFilters(categories=("privacy_leak",)))
    assert "incidents_by_category" in category
    assert "TEMP B-TREE" not in category  # the page comes in index order, no sort of every match
    grade = plan(IncidentFilters(grades=("I",)))
    assert "incidents_by_grade" in grade
    assert "TEMP B-TREE" not in grade
    assert "COVERING INDEX incidents_by_title" in plan(IncidentFilters(text="離世"), count=True)
    # an incident's earliest open step (its next due time) is one index probe, not a scan of all open steps
    steps = db.query(
        "EXPLAIN QUERY PLAN SELECT min(due_at) FROM incident_checklist WHERE incident_id = ? AND done_at IS NULL",
        (1,),
    )
    assert "incident_checklist_by_incident (incident_id=? AND done_at=?)" in str(steps[0][-1])


def test_the_period_query_of_the_board_report_reads_only_the_period_in_order(db: Database) -> None:
    sql = (
        "SELECT id, grade, reported_at FROM incidents WHERE reported_at >= ? AND reported_at < ? "
        "ORDER BY reported_at, id"
    )
    plan = " / ".join(str(r[-1]) for r in db.query(f"EXPLAIN QUERY PLAN {sql}", ("2026-01-01", "2026-04-01")))
    assert "incidents_by_reported (reported_at>? AND reported_at<?)" in plan
    assert "TEMP B-TREE" not in plan  # the index holds (reported_at, id): rows come in report order


# -- search ------------------------------------------------------------------------------------------


@pytest.fixture
def searchable(db: Database) -> Database:
    add(db, title="員工心理危機", course_of_events="部門主管報告員工情緒低落")
    add(db, title="Counselling records leaked", course_of_events="A shared drive was open to everyone")
    leak = add(db, title="資料洩漏", course_of_events="")
    add(db, title="100% sure_thing", course_of_events="")
    with db.transaction() as conn:
        IncidentsRepository.add_timeline_entry(
            conn, leak, at=T0, author_user_id=None, department="", text="已通知資訊安全部門封鎖帳號", now=T0
        )
    return db


def search(db: Database, text: str) -> set[str]:
    repo = IncidentsRepository(db)
    filters = IncidentFilters(text=text)
    rows = repo.list_page(filters, limit=100)
    assert repo.count(filters) == len(rows)
    return {r.title for r in rows}


def test_chinese_search_with_one_two_and_three_or_more_characters(searchable: Database) -> None:
    assert search(searchable, "洩") == {"資料洩漏"}  # one character: LIKE on the title
    assert search(searchable, "洩漏") == {"資料洩漏"}  # two characters: LIKE on the title
    assert search(searchable, "員工") == {"員工心理危機"}
    assert search(searchable, "心理危機") == {"員工心理危機"}  # FTS trigram on the title
    assert search(searchable, "情緒低落") == {"員工心理危機"}  # ... on the course of events
    assert search(searchable, "資訊安全") == {"資料洩漏"}  # ... on timeline text
    assert search(searchable, " 員工 ") == {"員工心理危機"}  # outer spaces ignored


def test_english_search_is_case_insensitive_substring(searchable: Database) -> None:
    assert search(searchable, "COUNSEL") == {"Counselling records leaked"}
    assert search(searchable, "shared drive") == {"Counselling records leaked"}
    assert search(searchable, "drive was open") == {"Counselling records leaked"}
    assert search(searchable, "drive open") == set()  # a phrase, not a set of words


def test_search_follows_updates_of_title_course_and_timeline(searchable: Database) -> None:
    repo = IncidentsRepository(searchable)
    row = repo.by_code("INC-2026-0002")
    assert row is not None
    with searchable.transaction() as conn:
        IncidentsRepository.update(conn, row.id, T0, course_of_events="外部攻擊者取得資料")
        entry = IncidentsRepository.add_timeline_entry(
            conn, row.id, at=T0, author_user_id=None, department="", text="報警處理完畢", now=T0
        )
    assert search(searchable, "shared drive") == set()
    assert search(searchable, "外部攻擊") == {"Counselling records leaked"}
    assert search(searchable, "報警處理") == {"Counselling records leaked"}
    with searchable.transaction() as conn:
        conn.execute("UPDATE incident_timeline SET text = '改正內容' WHERE id = ?", (entry,))
    assert search(searchable, "報警處理") == set()
    assert search(searchable, "改正內容") == {"Counselling records leaked"}
    assert search(searchable, "資訊安全") == {"資料洩漏"}  # the other incident's timeline is untouched


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        'a" OR "b',
        "NEAR(x y)",
        "*",
        "title:x",
        "(((",
        "AND",
        "資料 OR 員工",
        "%",
        "_",
        "\\",
        "%%%",
        "' OR 1=1 --",
    ],
)
def test_operators_and_wildcards_are_searched_literally(searchable: Database, query: str) -> None:
    found = search(searchable, query)
    assert found <= {"100% sure_thing"}
    if query in ("%", "_"):
        assert found == {"100% sure_thing"}  # only the title that really contains it


def test_quoting_helpers() -> None:
    assert fts_phrase('say "hi"') == '"say ""hi"""'
    assert like_pattern("50%_a\\b") == "%50\\%\\_a\\\\b%"
