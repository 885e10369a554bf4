"""Response-plan templates and their checklists (app.domain.response_plans)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.crisis_roles import ROLE_LABELS, CrisisRole
from app.domain.response_plans import (
    ACTIVATION_STEP_CODES,
    ACTIVATION_STEPS,
    CATEGORY_CODES,
    DEFAULT_TEMPLATES,
    GRADE_CODES,
    ChecklistItem,
    PlanInvalid,
    PlanStep,
    PlanTemplate,
    add_step,
    check_template_set,
    instantiate,
    move_step,
    remove_step,
    template_for,
    update_step,
)

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def step(
    order: int = 1, title: str = "Do it", role: str = "crisis_lead", hours: float = 1, code: str | None = None
) -> PlanStep:
    return PlanStep(
        order=order,
        title_en=title,
        title_zh=f"{title}(中文)",
        role=role,  # type: ignore[arg-type]
        due_offset=timedelta(hours=hours),
        code=code,
    )


def small(category: str = "reputation", grade: str | None = None, count: int = 3) -> PlanTemplate:
    return PlanTemplate(
        category=category,
        grade=grade,
        steps=tuple(step(order, f"Step {order}", hours=order) for order in range(1, count + 1)),
    )


def titles(template: PlanTemplate) -> list[str]:
    return [s.title_en for s in template.steps]


def codes(template: PlanTemplate) -> list[str | None]:
    return [s.code for s in template.steps]


# --- the defaults ---------------------------------------------------------------------------------


def test_the_category_codes() -> None:
    assert CATEGORY_CODES == (
        "privacy_leak",
        "psychological_crisis",
        "critical_event",
        "workplace_accident",
        "cyber_security",
        "public_health",
        "natural_disaster",
        "supply_chain",
        "reputation",
    )
    assert GRADE_CODES == ("I", "II", "III", "IV")


def test_every_category_has_exactly_one_default_template() -> None:
    assert [t.category for t in DEFAULT_TEMPLATES] == list(CATEGORY_CODES)
    assert all(t.grade is None for t in DEFAULT_TEMPLATES)
    check_template_set(DEFAULT_TEMPLATES)


@pytest.mark.parametrize("category", CATEGORY_CODES)
@pytest.mark.parametrize("grade", [None, *GRADE_CODES])
def test_every_category_and_grade_finds_a_template(category: str, grade: str | None) -> None:
    template = template_for(category, grade)
    assert template is not None
    assert template.category == category


@pytest.mark.parametrize("template", DEFAULT_TEMPLATES, ids=lambda t: t.category)
def test_each_default_begins_with_the_four_activation_steps(template: PlanTemplate) -> None:
    first_four = template.steps[:4]
    assert [s.code for s in first_four] == [
        "confirm_event",
        "activate_plan",
        "notify_key_people",
        "first_assessment_statement",
    ]
    assert list(ACTIVATION_STEP_CODES) == [s.code for s in first_four]
    assert [s.title_en for s in first_four] == [spec[1] for spec in ACTIVATION_STEPS]
    assert "more than one channel" in first_four[0].title_en
    assert "多重管道" in first_four[0].title_zh
    assert "應急預案" in first_four[1].title_zh
    assert "關鍵人員" in first_four[2].title_zh
    assert "promises updates" in first_four[3].title_en
    assert "初步聲明" in first_four[3].title_zh
    # First confirmation well inside the tightest acknowledge target (grade I: 15 min to
    # acknowledge, 1 h to start responding) + time to confirm; the first statement within hours.
    assert first_four[0].due_offset <= timedelta(minutes=30)
    assert all(s.due_offset <= timedelta(hours=2) for s in first_four)


@pytest.mark.parametrize("template", DEFAULT_TEMPLATES, ids=lambda t: t.category)
def test_each_default_ends_with_the_review(template: PlanTemplate) -> None:
    last = template.steps[-1]
    assert last.code == "review"
    assert "root-cause" in last.title_en
    assert "lessons" in last.title_en
    assert "corrective actions" in last.title_en
    assert "總結與改進" in last.title_zh
    # The review comes after every other step is due.
    assert last.due_offset >= max(s.due_offset for s in template.steps[:-1])


@pytest.mark.parametrize("template", DEFAULT_TEMPLATES, ids=lambda t: t.category)
def test_each_default_is_well_formed(template: PlanTemplate) -> None:
    assert [s.order for s in template.steps] == list(range(1, len(template.steps) + 1))
    assert len(template.steps) >= 8  # four activation steps, some of the category's own, the review
    assert all(s.code for s in template.steps)
    assert len({s.code for s in template.steps}) == len(template.steps)
    assert all(timedelta(0) < s.due_offset <= timedelta(days=45) for s in template.steps)
    assert all(isinstance(s.role, CrisisRole) for s in template.steps)


# Characters that exist only in Simplified Chinese; a Traditional title must contain none of them.
SIMPLIFIED_ONLY = set(
    "们这个时对发动关键员数评确认启让说话计总结应响联复护询报监权审险与业务过处织门问间题览录"
    "证链进规围统设线损击备绝级轻严较传递电讯觉态险评检视访资讯庆灾疗伤"
)


@pytest.mark.parametrize("template", DEFAULT_TEMPLATES, ids=lambda t: t.category)
def test_titles_are_bilingual_and_traditional(template: PlanTemplate) -> None:
    for s in template.steps:
        assert s.title_en.isascii(), s.title_en
        assert any("\u4e00" <= ch <= "\u9fff" for ch in s.title_zh), s.title_zh
        assert not SIMPLIFIED_ONLY & set(s.title_zh), (s.title_zh, SIMPLIFIED_ONLY & set(s.title_zh))


def test_privacy_leak_steps_follow_the_leak_document() -> None:
    template = template_for("privacy_leak")
    assert template is not None
    assert codes(template)[4:] == [
        "identify_source",
        "contain",
        "preserve_evidence",
        "audit_logs",
        "regulator_clock",
        "notify_affected_employees",
        "external_voice",
        "hotline",
        "compliance_check",
        "review",
    ]
    by_code = {s.code: s for s in template.steps}
    assert "SHA-256" in by_code["preserve_evidence"].title_en
    assert "chain of custody" in by_code["preserve_evidence"].title_en
    assert "backup" in by_code["contain"].title_en
    assert "統一對外口徑" in by_code["external_voice"].title_zh
    assert by_code["external_voice"].role is CrisisRole.PR
    assert by_code["regulator_clock"].role is CrisisRole.LEGAL
    # The regulator clock must be checked well before the default 72-hour deadline runs out.
    assert by_code["regulator_clock"].due_offset < timedelta(hours=72)
    assert by_code["identify_source"].role is CrisisRole.IT_SECURITY
    assert by_code["hotline"].role is CrisisRole.COUNSELLOR


def test_psychological_crisis_follows_case_management() -> None:
    template = template_for("psychological_crisis")
    assert template is not None
    by_code = {s.code: s for s in template.steps}
    assert by_code["safety_assessment"].due_offset <= timedelta(hours=1)
    assert by_code["contact_24h"].due_offset == timedelta(hours=24)
    assert by_code["tracking_1w"].due_offset == timedelta(days=7)
    assert by_code["recovery_plan_1m"].due_offset == timedelta(days=30)
    assert "only if the employee has authorised" in by_code["emergency_contact"].title_en
    assert "授權" in by_code["emergency_contact"].title_zh
    clinical = (
        "safety_assessment",
        "emergency_contact",
        "screening",
        "contact_24h",
        "tracking_1w",
        "recovery_plan_1m",
    )
    assert all(by_code[code].role is CrisisRole.COUNSELLOR for code in clinical)
    assert "without clinical details" in by_code["work_adjustment"].title_en


def test_critical_event_and_cyber_specifics() -> None:
    critical = template_for("critical_event")
    cyber = template_for("cyber_security")
    assert critical is not None
    assert cyber is not None
    assert {"psychological_first_aid", "group_debriefing", "identify_at_risk"} <= set(codes(critical))
    assert codes(cyber)[4:6] == ["isolate", "forensics"]
    assert all(
        s.role is CrisisRole.IT_SECURITY for s in cyber.steps if s.code in {"isolate", "forensics", "restore"}
    )


def test_every_role_is_used_and_labelled() -> None:
    used = {s.role for t in DEFAULT_TEMPLATES for s in t.steps}
    assert used == set(CrisisRole)
    assert set(ROLE_LABELS) == set(CrisisRole)
    assert [r.value for r in CrisisRole] == [
        "crisis_lead",
        "counsellor",
        "hr",
        "it_security",
        "legal",
        "pr",
        "executive",
    ]


# --- template_for --------------------------------------------------------------------------------


def test_template_for_prefers_the_grade_specific_template() -> None:
    general = small("privacy_leak", None, 2)
    grade_one = small("privacy_leak", "I", 5)
    pool = [general, grade_one, small("reputation")]
    assert template_for("privacy_leak", "I", pool) is grade_one
    assert template_for("privacy_leak", "II", pool) is general
    assert template_for("privacy_leak", None, pool) is general  # an ungraded incident
    assert template_for("cyber_security", "I", pool) is None


def test_template_for_only_grade_specific() -> None:
    only_two = small("supply_chain", "II")
    assert template_for("supply_chain", "II", [only_two]) is only_two
    assert template_for("supply_chain", "III", [only_two]) is None
    assert template_for("supply_chain", None, [only_two]) is None


def test_template_for_refuses_ambiguous_sets_and_unknown_codes() -> None:
    with pytest.raises(PlanInvalid, match="two privacy_leak plans for grade I"):
        template_for("privacy_leak", "I", [small("privacy_leak", "I"), small("privacy_leak", "I", 2)])
    with pytest.raises(PlanInvalid, match="two reputation plans for all grades"):
        check_template_set([small(), small()])
    with pytest.raises(PlanInvalid, match="Unknown incident category 'fire'"):
        template_for("fire")
    with pytest.raises(PlanInvalid, match="Unknown grade 'V'"):
        template_for("reputation", "V")


# --- instantiate ---------------------------------------------------------------------------------


def test_instantiate_computes_due_times() -> None:
    template = template_for("psychological_crisis")
    assert template is not None
    items = instantiate(template, T0)
    assert len(items) == len(template.steps)
    assert all(isinstance(item, ChecklistItem) for item in items)
    by_code = {item.step_code: item for item in items}
    assert by_code["confirm_event"].due_at == datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    assert by_code["contact_24h"].due_at == datetime(2026, 3, 3, 9, 30, tzinfo=UTC)
    assert by_code["tracking_1w"].due_at == datetime(2026, 3, 9, 9, 30, tzinfo=UTC)
    assert by_code["recovery_plan_1m"].due_at == datetime(2026, 4, 1, 9, 30, tzinfo=UTC)
    for item, plan_step in zip(items, template.steps, strict=True):
        assert (item.order, item.title_en, item.title_zh, item.role) == (
            plan_step.order,
            plan_step.title_en,
            plan_step.title_zh,
            plan_step.role,
        )
        assert item.due_at == T0 + plan_step.due_offset
        assert item.due_at.tzinfo is UTC


def test_instantiate_converts_local_activation_to_utc() -> None:
    taipei = datetime(2026, 3, 2, 17, 30, tzinfo=timezone(timedelta(hours=8)))
    items = instantiate(small(count=1), taipei)
    assert items[0].due_at == datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
    assert items[0].due_at.utcoffset() == timedelta(0)


def test_offsets_are_elapsed_time_across_daylight_saving() -> None:
    # London springs forward on 29 March 2026 at 01:00 UTC: the 24 h step is due 24 real hours
    # later, which on the wall clock reads one hour later than the activation.
    london = ZoneInfo("Europe/London")
    activated = datetime(2026, 3, 28, 12, 0, tzinfo=london)
    plan = PlanTemplate("reputation", None, (step(1, hours=24),))
    due = instantiate(plan, activated)[0].due_at
    assert due - activated.astimezone(UTC) == timedelta(hours=24)
    assert due.astimezone(london).hour == 13


def test_instantiate_refuses_naive_times() -> None:
    with pytest.raises(ValueError, match="time zone"):
        instantiate(small(), datetime(2026, 3, 2, 9, 30))


def test_instantiate_keeps_a_snapshot() -> None:
    template = small()
    items = instantiate(template, T0)
    edited = update_step(template, 1, title_en="Changed")
    assert items[0].title_en == "Step 1"
    assert edited.steps[0].title_en == "Changed"


# --- validation ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"order": 0}, "Step 0: the order must be a whole number from 1 up"),
        ({"order": -2}, "the order must be a whole number from 1 up"),
        ({"order": True}, "the order must be a whole number"),
        ({"order": 1.0}, "the order must be a whole number"),
        ({"title_en": ""}, "Step 1: the English title is empty"),
        ({"title_en": "   "}, "Step 1: the English title is empty"),
        ({"title_zh": ""}, "Step 1: the Chinese title is empty"),
        ({"title_zh": None}, "the Chinese title is empty"),
        ({"role": "janitor"}, "Step 1 (Do it): unknown role 'janitor'; use one of crisis_lead, counsellor"),
        ({"role": "admin"}, "unknown role 'admin'"),
        ({"due_offset": timedelta(minutes=-1)}, "Step 1 (Do it): the due offset cannot be before activation"),
        ({"due_offset": 3600}, "the due offset must be a duration"),
        ({"code": "Bad Code"}, "the step code 'Bad Code' must be lower-case"),
        ({"code": ""}, "the step code '' must be lower-case"),
    ],
)
def test_step_validation(kwargs: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {
        "order": 1,
        "title_en": "Do it",
        "title_zh": "執行",
        "role": "crisis_lead",
        "due_offset": timedelta(hours=1),
    }
    fields.update(kwargs)
    with pytest.raises(PlanInvalid) as caught:
        PlanStep(**fields)  # type: ignore[arg-type]
    assert message in str(caught.value)


def test_step_normalises_role_and_titles() -> None:
    s = PlanStep(1, "  Call  ", " 致電 ", "hr", timedelta(0))  # type: ignore[arg-type]
    assert s.role is CrisisRole.HR
    assert (s.title_en, s.title_zh) == ("Call", "致電")
    assert s.due_offset == timedelta(0)  # due at activation is allowed


def test_template_validation() -> None:
    with pytest.raises(PlanInvalid, match="Unknown incident category 'fire'"):
        PlanTemplate("fire", None, (step(),))
    with pytest.raises(PlanInvalid, match="Unknown grade 'V'"):
        PlanTemplate("reputation", "V", (step(),))
    with pytest.raises(PlanInvalid, match=r"reputation \(all grades\) plan needs at least one step"):
        PlanTemplate("reputation", None, ())
    with pytest.raises(PlanInvalid, match="'A' and 'B' both have number 2"):
        PlanTemplate("reputation", "II", (step(2, "A"), step(2, "B")))
    with pytest.raises(PlanInvalid, match="share code 'x'"):
        PlanTemplate("reputation", None, (step(1, "A", code="x"), step(2, "B", code="x")))
    with pytest.raises(PlanInvalid, match="not a step"):
        PlanTemplate("reputation", None, ("call someone",))  # type: ignore[arg-type]


def test_template_reports_every_problem_at_once() -> None:
    with pytest.raises(PlanInvalid) as caught:
        PlanTemplate(
            "reputation",
            None,
            (step(1, "A", code="x"), step(1, "B"), step(2, "C", code="x")),
        )
    message = str(caught.value)
    assert "both have number 1" in message
    assert "share code 'x'" in message


def test_template_sorts_steps_and_allows_gaps() -> None:
    template = PlanTemplate("reputation", None, [step(30, "C"), step(10, "A"), step(20, "B")])  # type: ignore[arg-type]
    assert titles(template) == ["A", "B", "C"]
    assert isinstance(template.steps, tuple)
    assert template.step(20).title_en == "B"
    with pytest.raises(PlanInvalid, match="has no step 5"):
        template.step(5)


# --- editing -------------------------------------------------------------------------------------


def test_add_step_at_the_end_and_in_the_middle() -> None:
    template = small()
    appended = add_step(template, step(99, "New"))
    assert titles(appended) == ["Step 1", "Step 2", "Step 3", "New"]
    assert [s.order for s in appended.steps] == [1, 2, 3, 4]
    inserted = add_step(template, step(99, "First"), position=1)
    assert titles(inserted) == ["First", "Step 1", "Step 2", "Step 3"]
    assert [s.order for s in inserted.steps] == [1, 2, 3, 4]
    assert titles(template) == ["Step 1", "Step 2", "Step 3"]  # the original is untouched


def test_add_step_refuses_bad_positions_and_duplicate_codes() -> None:
    template = small()
    with pytest.raises(PlanInvalid, match="positions 1 to 4, not 5"):
        add_step(template, step(), position=5)
    with pytest.raises(PlanInvalid, match="positions 1 to 4, not 0"):
        add_step(template, step(), position=0)
    default = template_for("privacy_leak")
    assert default is not None
    with pytest.raises(PlanInvalid, match="share code 'hotline'"):
        add_step(default, step(code="hotline"))


def test_remove_step() -> None:
    template = small(count=4)
    removed = remove_step(template, 2)
    assert titles(removed) == ["Step 1", "Step 3", "Step 4"]
    assert [s.order for s in removed.steps] == [1, 2, 3]
    with pytest.raises(PlanInvalid, match="has no step 9"):
        remove_step(template, 9)
    with pytest.raises(PlanInvalid, match="needs at least one step; this is its last"):
        remove_step(small(count=1), 1)


def test_move_step() -> None:
    template = small(count=4)
    assert titles(move_step(template, 4, 1)) == ["Step 4", "Step 1", "Step 2", "Step 3"]
    assert titles(move_step(template, 1, 4)) == ["Step 2", "Step 3", "Step 4", "Step 1"]
    assert titles(move_step(template, 2, 2)) == titles(template)
    assert [s.order for s in move_step(template, 4, 1).steps] == [1, 2, 3, 4]
    with pytest.raises(PlanInvalid, match="positions 1 to 4, not 5"):
        move_step(template, 1, 5)
    with pytest.raises(PlanInvalid, match="has no step 7"):
        move_step(template, 7, 1)


def test_editing_renumbers_a_gapped_template() -> None:
    template = PlanTemplate("reputation", None, (step(10, "A"), step(20, "B"), step(30, "C")))
    assert [s.order for s in remove_step(template, 20).steps] == [1, 2]
    assert titles(move_step(template, 30, 1)) == ["C", "A", "B"]


def test_update_step() -> None:
    template = small()
    edited = update_step(template, 2, title_en="Call legal", role="legal", due_offset=timedelta(hours=5))
    changed = edited.step(2)
    assert (changed.title_en, changed.role, changed.due_offset) == (
        "Call legal",
        CrisisRole.LEGAL,
        timedelta(hours=5),
    )
    assert edited.step(1) == template.step(1)
    with pytest.raises(PlanInvalid, match="unknown role 'janitor'"):
        update_step(template, 2, role="janitor")
    with pytest.raises(PlanInvalid, match="English title is empty"):
        update_step(template, 2, title_en=" ")
    with pytest.raises(PlanInvalid, match="cannot be before activation"):
        update_step(template, 2, due_offset=timedelta(hours=-1))
    with pytest.raises(PlanInvalid, match="Use move_step"):
        update_step(template, 2, order=1)
    with pytest.raises(PlanInvalid, match="no field colour"):
        update_step(template, 2, colour="red")
    with pytest.raises(PlanInvalid, match="has no step 8"):
        update_step(template, 8, title_en="x")


def test_a_grade_specific_copy_of_a_default() -> None:
    # How an admin makes a stricter plan for grade I: copy, retarget, edit.
    default = template_for("privacy_leak")
    assert default is not None
    from dataclasses import replace

    strict = add_step(
        replace(default, grade="I"),
        PlanStep(
            1,
            "Brief the board",
            "向董事會簡報",
            CrisisRole.EXECUTIVE,
            timedelta(hours=4),
            "board_briefing",
        ),
        position=5,
    )
    pool = [*DEFAULT_TEMPLATES, strict]
    assert template_for("privacy_leak", "I", pool) is strict
    assert template_for("privacy_leak", "II", pool) is default
    assert codes(strict)[:5] == [*ACTIVATION_STEP_CODES, "board_briefing"]


# --- properties ----------------------------------------------------------------------------------

edit = st.one_of(
    st.tuples(
        st.just("add"), st.integers(min_value=0, max_value=12), st.integers(min_value=0, max_value=200)
    ),
    st.tuples(st.just("remove"), st.integers(min_value=0, max_value=12), st.just(0)),
    st.tuples(
        st.just("move"), st.integers(min_value=0, max_value=12), st.integers(min_value=0, max_value=12)
    ),
    st.tuples(
        st.just("update"), st.integers(min_value=0, max_value=12), st.integers(min_value=-5, max_value=200)
    ),
)


@given(st.lists(edit, max_size=25))
def test_any_edit_sequence_keeps_orders_consistent(edits: list[tuple[str, int, int]]) -> None:
    template = small(count=3)
    for counter, (kind, a, b) in enumerate(edits):
        before = template
        try:
            if kind == "add":
                template = add_step(template, step(1, f"Added {counter}", hours=b), position=a)
            elif kind == "remove":
                template = remove_step(template, a)
            elif kind == "move":
                template = move_step(template, a, b)
            else:
                template = update_step(template, a, due_offset=timedelta(hours=b))
        except PlanInvalid:
            assert template is before  # a refused edit changes nothing
        orders = [s.order for s in template.steps]
        assert orders == list(range(1, len(orders) + 1))
        assert len(set(titles(template))) == len(template.steps)
        assert all(s.due_offset >= timedelta(0) for s in template.steps)


@given(
    st.datetimes(
        min_value=datetime(2000, 1, 1),
        max_value=datetime(2090, 1, 1),
        timezones=st.sampled_from(
            [UTC, ZoneInfo("Europe/London"), ZoneInfo("Asia/Taipei"), ZoneInfo("America/New_York")]
        ),
    ),
    st.sampled_from(DEFAULT_TEMPLATES),
)
def test_due_time_is_activation_plus_offset(activated: datetime, template: PlanTemplate) -> None:
    items = instantiate(template, activated)
    for item, plan_step in zip(items, template.steps, strict=True):
        assert item.due_at - activated == plan_step.due_offset
        assert item.due_at.utcoffset() == timedelta(0)


def test_codes_agree_with_the_incident_and_grading_modules() -> None:
    # Written in parallel: the plan module keeps plain codes, these enums must carry the same ones.
    from app.domain.grading import Grade
    from app.domain.incidents import IncidentCategory

    assert set(CATEGORY_CODES) == {c.value for c in IncidentCategory}
    assert set(GRADE_CODES) == {g.value for g in Grade}
    template = template_for(IncidentCategory.PRIVACY_LEAK, Grade.I)
    assert template is not None
    assert template.category == "privacy_leak"
