"""The paging case-list model on a real SQLCipher database filled through the incident service."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.grading import Grade, GradingInput, Urgency
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.lifecycle import Status
from app.domain.roles import Role
from app.services.incidents import IncidentQuery
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.case_list_model import (
    COL_CATEGORY,
    COL_CODE,
    COL_GRADE,
    COL_NEXT_DUE,
    COL_OWNER,
    COL_STATUS,
    COL_TITLE,
    COL_UPDATED,
    PAGE_SIZE,
    CaseListModel,
)
from app.ui.incident_labels import OVERDUE_COLOUR, RUNNING_COLOUR, grade_name

URGENCY_FOR = {
    Grade.I: Urgency.IMMEDIATE,
    Grade.II: Urgency.HIGH,
    Grade.III: Urgency.MEDIUM,
    Grade.IV: Urgency.LOW,
}
CATEGORIES = (
    IncidentCategory.CYBER_SECURITY,
    IncidentCategory.WORKPLACE_ACCIDENT,
    IncidentCategory.REPUTATION,
)
NOW = datetime.now(UTC)


@pytest.fixture(autouse=True)
def _fresh_now() -> None:
    """Times relative to the moment each test starts: the views compare with the real clock, and a
    module-level time taken at collection is minutes old by the time a long suite gets here."""
    global NOW  # noqa: PLW0603 - read by the helpers below at call time
    NOW = datetime.now(UTC)


def make_incidents(
    workspace: Workspace, session: Session, count: int, *, reported_at: datetime | None = None
) -> list[int]:
    """``count`` incidents cycling through grades and categories; the creation time orders them."""
    ids = []
    for n in range(count):
        grade = list(Grade)[n % 4]
        facts = IncidentFacts(
            title=f"Case {n:03d}",
            category=CATEGORIES[n % len(CATEGORIES)],
            reported_at=reported_at or NOW - timedelta(minutes=5),
        )
        created = workspace.incidents.create(
            session, facts, GradingInput(urgency=URGENCY_FOR[grade]), now=NOW + timedelta(seconds=n)
        )
        ids.append(created.incident.id)
    return ids


def titled(workspace: Workspace, session: Session, title: str, category: IncidentCategory) -> int:
    facts = IncidentFacts(title=title, category=category, reported_at=NOW - timedelta(minutes=1))
    return workspace.incidents.create(session, facts, GradingInput()).incident.id


def column(model: CaseListModel, col: int, rows: int | None = None) -> list[str]:
    return [model.index(r, col).data() for r in range(rows if rows is not None else model.rowCount())]


@pytest.fixture
def counsellor(sessions: dict[Role, Session]) -> Session:
    return sessions[Role.COUNSELLOR]


def test_rows_come_in_pages_and_only_the_pages_asked_for(
    qtbot: QtBot, workspace: Workspace, counsellor: Session
) -> None:
    make_incidents(workspace, counsellor, 250)
    model = CaseListModel(workspace, counsellor)
    model.load(IncidentQuery())
    assert model.rowCount() == 250
    assert model.cached_blocks() == [0]  # count + the first page, nothing more
    assert len(model.cached_summaries()) == PAGE_SIZE
    assert model.index(0, COL_TITLE).data() == "Case 249"  # newest update first
    assert model.index(249, COL_TITLE).data() == "Case 000"  # a jump fetches just that block
    assert model.cached_blocks() == [0, 2]
    assert model.index(150, COL_TITLE).data() == "Case 099"
    assert model.cached_blocks() == [0, 1, 2]
    assert model.fetches == 3
    model.index(120, COL_TITLE).data()
    assert model.fetches == 3  # cached


def test_sequential_pages_by_keyset_match_pages_by_offset(
    qtbot: QtBot, workspace: Workspace, counsellor: Session
) -> None:
    make_incidents(workspace, counsellor, 230)
    sequential = CaseListModel(workspace, counsellor)
    sequential.load(IncidentQuery(sort_column="grade", descending=False))
    codes = column(sequential, COL_CODE)
    jumping = CaseListModel(workspace, counsellor)
    jumping.load(IncidentQuery(sort_column="grade", descending=False))
    jumped = [jumping.index(r, COL_CODE).data() for r in (229, 150, 5)]
    assert jumped == [codes[229], codes[150], codes[5]]
    assert len(set(codes)) == 230


@pytest.mark.parametrize(
    ("col", "key"),
    [(COL_CODE, "code"), (COL_GRADE, "grade"), (COL_UPDATED, "updated_at"), (COL_CATEGORY, "category")],
)
def test_sorting_is_done_by_the_service(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, col: int, key: str
) -> None:
    ids = make_incidents(workspace, counsellor, 12)
    model = CaseListModel(workspace, counsellor)
    model.load(IncidentQuery())
    model.sort(col, Qt.SortOrder.AscendingOrder)
    assert model.query().sort_column == key
    assert not model.query().descending
    assert model.rowCount() == 12
    rows = [model.summary_at(r) for r in range(12)]
    values = [getattr(s, key) for s in rows]
    assert values == sorted(values)
    if key == "code":
        assert [s.id for s in rows] == ids
        model.sort(col, Qt.SortOrder.DescendingOrder)
        assert [model.summary_at(r).id for r in range(12)] == ids[::-1]
    if key == "grade":
        assert column(model, COL_GRADE)[:3] == [grade_name(Grade.I)] * 3


def test_columns_that_the_service_cannot_sort_are_not_sortable(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, sessions: dict[Role, Session]
) -> None:
    make_incidents(workspace, counsellor, 3)
    model = CaseListModel(workspace, counsellor)
    model.load(IncidentQuery())
    for col in (COL_NEXT_DUE, COL_OWNER):
        assert not model.is_sortable(col)
        model.sort(col, Qt.SortOrder.AscendingOrder)
        assert model.query().sort_column == "updated_at"
        assert model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert model.is_sortable(COL_TITLE)
    hr_model = CaseListModel(workspace, sessions[Role.HR_MANAGER])
    hr_model.load(IncidentQuery())
    assert not hr_model.is_sortable(COL_TITLE)
    hr_model.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)  # ignored, not refused by the service
    assert hr_model.query().sort_column == "updated_at"
    assert hr_model.rowCount() == 3


def test_cells_show_translated_codes_clock_owner_and_local_time(
    qtbot: QtBot, workspace: Workspace, counsellor: Session
) -> None:
    old = NOW - timedelta(days=3)
    make_incidents(workspace, counsellor, 1, reported_at=old)  # grade I, long overdue
    titled(workspace, counsellor, "Fresh", IncidentCategory.CYBER_SECURITY)  # grade IV: 24 h to acknowledge
    model = CaseListModel(workspace, counsellor)
    model.load(IncidentQuery(sort_column="reported_at", descending=False))
    overdue, running = model.summary_at(0), model.summary_at(1)
    assert overdue.reported_at < running.reported_at
    assert model.index(0, COL_NEXT_DUE).data().startswith("overdue by ")
    assert model.index(0, COL_NEXT_DUE).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert model.index(1, COL_NEXT_DUE).data().startswith("due in ")
    assert model.index(1, COL_NEXT_DUE).data(Qt.ItemDataRole.ForegroundRole) == RUNNING_COLOUR
    assert model.index(0, COL_OWNER).data() == "Test counsellor"
    assert model.index(0, COL_STATUS).data() == "Reported"
    assert model.index(0, COL_CATEGORY).data() == "Cyber-security event"
    assert model.index(0, COL_UPDATED).data() == overdue.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert model.index(0, COL_CODE).data(Qt.ItemDataRole.UserRole) == overdue.id


def test_filters_by_status_grade_category_and_overdue(
    qtbot: QtBot, workspace: Workspace, counsellor: Session
) -> None:
    ids = make_incidents(workspace, counsellor, 12)
    make_incidents(workspace, counsellor, 2, reported_at=NOW - timedelta(days=5))  # both overdue
    workspace.incidents.transition(counsellor, ids[0], "verified")
    model = CaseListModel(workspace, counsellor)
    model.load(IncidentQuery(statuses=(Status.VERIFIED,)))
    assert [s.id for s in model.cached_summaries()] == [ids[0]]
    model.load(IncidentQuery(grades=(Grade.II,)))
    assert model.rowCount() == 4
    assert {s.grade for s in model.cached_summaries()} == {Grade.II}
    model.load(IncidentQuery(categories=(IncidentCategory.REPUTATION,)))
    assert {s.category for s in model.cached_summaries()} == {IncidentCategory.REPUTATION}
    assert model.rowCount() == 4
    model.load(IncidentQuery(overdue=True))
    assert model.rowCount() == 2
    assert all(
        s.next_due_at is not None and s.next_due_at < datetime.now(UTC) for s in model.cached_summaries()
    )
    model.load(IncidentQuery(overdue=True, grades=(Grade.I,)))
    assert model.rowCount() == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("心理諮詢", {"員工心理諮詢記錄外洩"}),
        ("员工", {"员工宿舍火灾"}),
        ("員工", {"員工心理諮詢記錄外洩"}),
        ("記", {"員工心理諮詢記錄外洩"}),  # one character: LIKE on the title
        ("ph", {"Phishing wave hits payroll"}),  # two characters
        ("payroll", {"Phishing wave hits payroll"}),
        ("PAYROLL", {"Phishing wave hits payroll"}),
        ('"; DROP', set()),
    ],
)
def test_search_in_chinese_and_english_including_short_queries(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, text: str, expected: set[str]
) -> None:
    titled(workspace, counsellor, "員工心理諮詢記錄外洩", IncidentCategory.PRIVACY_LEAK)
    titled(workspace, counsellor, "员工宿舍火灾", IncidentCategory.NATURAL_DISASTER)
    titled(workspace, counsellor, "Phishing wave hits payroll", IncidentCategory.CYBER_SECURITY)
    model = CaseListModel(workspace, counsellor)
    model.load(IncidentQuery(text=text))
    assert {s.title for s in model.cached_summaries()} == expected
    assert model.rowCount() == len(expected)


def test_background_load_shows_old_rows_until_the_answer_and_drops_stale_ones(
    qtbot: QtBot, workspace: Workspace, counsellor: Session
) -> None:
    make_incidents(workspace, counsellor, 8)
    model = CaseListModel(workspace, counsellor)
    model.load(IncidentQuery())
    assert model.rowCount() == 8
    with qtbot.waitSignal(model.loaded, timeout=10000) as blocker:
        model.load(IncidentQuery(grades=(Grade.I,)), background=True)
        model.load(IncidentQuery(grades=(Grade.IV,)), background=True)  # the first becomes stale
        assert model.is_loading()
        assert model.rowCount() == 8
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=10000)
    assert blocker.args == [2]
    assert model.query().grades == (Grade.IV,)
    assert {s.grade for s in model.cached_summaries()} == {Grade.IV}


def test_hr_manager_model_never_holds_a_title(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, sessions: dict[Role, Session]
) -> None:
    make_incidents(workspace, counsellor, 130)
    titled(workspace, counsellor, "張三 自傷風險", IncidentCategory.PSYCHOLOGICAL_CRISIS)
    model = CaseListModel(workspace, sessions[Role.HR_MANAGER])
    model.load(IncidentQuery())
    texts = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    held = model.cached_summaries()
    assert len(held) == 131
    assert all(s.title is None and s.deidentified for s in held)
    assert not any("張三" in str(t) or "Case" in str(t) for t in texts)
    assert model.index(0, COL_TITLE).data() == "(withheld)"
    assert model.index(0, COL_OWNER).data() == "Test counsellor"


def test_every_sortable_column_is_one_the_service_sorts_by() -> None:
    from app.services.incidents import SORT_COLUMNS
    from app.ui.case_list_model import COLUMN_COUNT, SORT_KEYS

    assert set(SORT_KEYS.values()) <= set(SORT_COLUMNS)
    assert set(range(COLUMN_COUNT)) - set(SORT_KEYS) == {COL_NEXT_DUE, COL_OWNER}
