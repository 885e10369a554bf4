"""The demo risk register: ~40 risks over every source, two years of quarterly reviews, no names.

Real SQLCipher files: the register is written by ``create_demo_database`` (as ``eapdesk demo``
does) and read back through ``RisksRepository``; the plan itself is checked for determinism.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.crisis_roles import CrisisRole
from app.domain.risk_history import quarter_ends
from app.domain.risk_input import RiskInput, validate_risk
from app.domain.risks import DEFAULT_SOURCES, LevelBands, RiskStatus, ScoreBasis
from app.services.demo import DEMO_ACCOUNTS, create_demo_database
from app.services.demo_risks import fill_demo_risks, plan_demo_risks
from app.services.workspace import Workspace
from app.storage.database import Database
from app.storage.keys import RawKey
from app.storage.keystore import Keystore
from app.storage.risks_repository import RiskRow, RisksRepository

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
TODAY = NOW.date()
LEAD = DEMO_ACCOUNTS[0]
_CJK_RUN = re.compile(r"[\u3400-\u9fff]{2,}")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*)+")


@pytest.fixture
def demo(db_path: Path, keystore: Keystore) -> Iterator[Workspace]:
    created, _accounts = create_demo_database(db_path, keystore=keystore, now=NOW)
    yield created.workspace
    created.workspace.close()


def _texts(repo: RisksRepository, row: RiskRow) -> list[str]:
    texts = [row.title, row.description, row.category, row.controls, row.treatment, row.actions]
    texts += [row.owner_title or ""] + [review.comment for review in repo.reviews(row.id)]
    return texts


def _name_forms(name: str) -> set[str]:
    """A person's full name and the parts of it that name them alone (the Chinese name, the Latin name)."""
    forms = {name.strip()}
    forms.update(_CJK_RUN.findall(name))
    forms.update(match.strip() for match in _LATIN_NAME.findall(name))
    return {form for form in forms if len(form) >= 2}


def test_the_plan_depends_on_the_seed_and_today_only() -> None:
    first = plan_demo_risks(seed=7, today=TODAY)
    assert first == plan_demo_risks(seed=7, today=TODAY)
    assert first != plan_demo_risks(seed=8, today=TODAY)
    assert [r.code for r in first] == [f"R-{n:03d}" for n in range(1, len(first) + 1)]
    big = plan_demo_risks(seed=7, today=TODAY, count=500, reviews=20)
    assert len(big) == 500
    assert len({r.code for r in big}) == 500
    assert max(len(r.reviews) for r in big) == 20


def test_the_same_seed_writes_the_same_register(tmp_path: Path) -> None:
    dumps = []
    for name in ("a.db", "b.db"):
        db = Database.create(tmp_path / name, RawKey.generate())
        try:
            result = fill_demo_risks(db, seed=3, now=NOW, actor="demo", reviewers=[None])
            dumps.append(
                [
                    db.query(f"SELECT * FROM {table} ORDER BY id")
                    for table in ("risks", "risk_history", "risk_reviews")
                ]
            )
        finally:
            db.close()
    assert dumps[0] == dumps[1]
    assert result.risks == len(dumps[0][0])
    assert result.reviews == len(dumps[0][2])
    assert result.snapshots == len(dumps[0][1]) == result.reviews + result.risks


def test_the_demo_register_covers_every_source_with_two_years_of_reviews(demo: Workspace) -> None:
    repo = RisksRepository(demo.db)
    rows = repo.all_rows()
    assert 35 <= len(rows) <= 45
    assert {row.source for row in rows} == set(DEFAULT_SOURCES)
    active = [row for row in rows if row.status != RiskStatus.CLOSED]
    assert 1 <= len(rows) - len(active) <= 3  # one or two risks were closed
    for row in active:
        reviews = repo.reviews(row.id)  # newest first
        assert len(reviews) >= 8, row.code
        history = repo.snapshots(row.id)
        assert history[0].kind == "created"
        assert history[0].effective_on <= TODAY - timedelta(days=730), row.code
        assert reviews[0].reviewed_on <= TODAY
        assert reviews[-1].reviewed_on <= TODAY - timedelta(days=600), row.code
        assert row.last_reviewed_on == reviews[0].reviewed_on
        assert row.next_review_on == reviews[0].next_review_on
        assert (row.likelihood, row.impact) == (reviews[0].likelihood, reviews[0].impact)
        assert all(review.history_id is not None for review in reviews)
        assert len(history) == len(reviews) + 1
        days = sorted(review.reviewed_on for review in reviews)
        assert all(60 <= (b - a).days <= 120 for a, b in itertools.pairwise(days)), row.code
    overdue = [row for row in active if row.next_review_on is not None and row.next_review_on < TODAY]
    assert 2 <= len(overdue) <= 8
    assert {row.status for row in rows} >= {"treating", "accepted", "closed"}


def test_scores_move_as_treatments_work_and_some_risks_rise(demo: Workspace) -> None:
    repo = RisksRepository(demo.db)
    bands = LevelBands()
    lowered = raised = 0
    for row in repo.all_rows():
        reviews = repo.reviews(row.id)
        first, last = reviews[-1], reviews[0]
        before = (first.residual_likelihood or 0) * (first.residual_impact or 0)
        after = (last.residual_likelihood or 0) * (last.residual_impact or 0)
        lowered += after < before
        raised += after > before
    assert lowered >= 15
    assert raised >= 4
    # the register a year ago differs from today's, on the matrix and in its levels
    year_ago = repo.as_of(TODAY - timedelta(days=365))
    today = repo.as_of(TODAY)
    assert {s.code for s in year_ago} - {s.code for s in today}  # closed since
    cells_then = {s.code: (s.likelihood, s.impact) for s in year_ago}
    moved = [s.code for s in today if cells_then.get(s.code) not in (None, (s.likelihood, s.impact))]
    assert len(moved) >= 4
    high_now = sum(bands.level_for(s.likelihood * s.impact) == "high" for s in today)
    assert high_now >= 3
    assert len(repo.as_of(TODAY - timedelta(days=800))) == 0  # nothing was entered before two years ago
    # and the service sees the same story: overdue reviews now, a trend that moves over two years
    session = demo.sign_in(LEAD.username, LEAD.password)
    views = demo.risks.list_risks(session)
    assert 2 <= sum(view.is_overdue(TODAY) for view in views) <= 8
    trend = demo.risks.level_trend(
        session, quarter_ends(TODAY - timedelta(days=730), TODAY), ScoreBasis.RESIDUAL
    )
    assert len(trend) == 8
    assert len({tuple(sorted(point.counts.items())) for point in trend}) >= 3
    assert all(30 <= point.total <= 45 for point in trend)


def test_owners_are_roles_or_positions_no_text_names_a_person_and_the_rules_hold(demo: Workspace) -> None:
    repo = RisksRepository(demo.db)
    session = demo.sign_in(LEAD.username, LEAD.password)
    names = repo.person_names()
    assert len(names) >= 8  # the demo accounts and the people on demo incidents
    forms = set().union(*(_name_forms(name) for name in names))
    for row in repo.all_rows():
        assert row.owner_user_id is None
        assert (row.owner_role is None) != (row.owner_title is None), row.code
        if row.owner_role is not None:
            CrisisRole(row.owner_role)
        for text in _texts(repo, row):
            found = [form for form in forms if form in text]
            assert not found, f"{row.code} names a person"  # the name itself stays out of the report
        data = RiskInput(
            code=row.code,
            title=row.title,
            description=row.description,
            source=row.source,
            category=row.category,
            owner_role=CrisisRole(row.owner_role) if row.owner_role else None,
            owner_title=row.owner_title,
            likelihood=row.likelihood,
            impact=row.impact,
            residual_likelihood=row.residual_likelihood,
            residual_impact=row.residual_impact,
            controls=row.controls,
            treatment=row.treatment,
            actions=row.actions,
            status=RiskStatus(row.status),
            next_review_on=row.next_review_on,
        )
        assert validate_risk(data) == (), row.code
        # the service's own check, the one the editor and the importer run, agrees
        assert (
            demo.risks.name_warnings(session, {f"text_{i}": t for i, t in enumerate(_texts(repo, row))}) == ()
        ), row.code


def test_the_fill_is_one_audited_summary_without_content(demo: Workspace) -> None:
    rows = demo.db.query("SELECT actor, entity, detail FROM audit_log WHERE action = 'demo.risks_seeded'")
    assert len(rows) == 1
    actor, entity, detail_text = rows[0]
    detail = json.loads(detail_text)
    assert (actor, entity) == ("lead", "risk")
    assert detail["count"] == demo.db.query_value("SELECT count(*) FROM risks")
    assert detail["reviews"] == demo.db.query_value("SELECT count(*) FROM risk_reviews")
    assert set(detail) == {"first", "last", "count", "reviews", "seed"}
    assert not any(isinstance(v, str) and len(v) > 12 for v in detail.values())  # codes, not titles
