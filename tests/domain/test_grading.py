"""Grades and the grading function (app.domain.grading): every threshold edge, leak tiers, overrides."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.grading import (
    GRADE_LABELS,
    GRADING_TABLE,
    LEAK_TIER_DEFINITIONS,
    Criterion,
    Grade,
    GradeDecision,
    GradeOverrideRefused,
    GradeSuggestion,
    GradingInput,
    GradingTable,
    GradingTableInvalid,
    LeakTier,
    Reason,
    Sensitivity,
    Urgency,
    most_severe,
    suggest_grade,
)
from app.domain.incidents import MONEY_MAX, PEOPLE_MAX, IncidentCategory, IncidentInvalid

LEAK = IncidentCategory.PRIVACY_LEAK
PSYCH = IncidentCategory.PSYCHOLOGICAL_CRISIS
CYBER = IncidentCategory.CYBER_SECURITY
OTHER_CATEGORIES = [c for c in IncidentCategory if c is not PSYCH]


def grade(category: IncidentCategory = CYBER, **inputs: Any) -> Grade:
    return suggest_grade(category, GradingInput(**inputs)).grade


def reason_for(suggestion: GradeSuggestion, criterion: Criterion) -> Reason:
    (found,) = [r for r in suggestion.reasons if r.criterion is criterion]
    return found


# --- Grade ------------------------------------------------------------------------------------------


def test_grade_codes_are_the_stored_contract() -> None:
    assert [g.value for g in Grade] == ["I", "II", "III", "IV"]
    assert Grade("III") is Grade.III


def test_grade_names_for_display() -> None:
    assert [GRADE_LABELS[g][1] for g in Grade] == ["特別重大", "重大", "較大", "一般"]
    assert [g.label_zh for g in Grade] == ["特別重大", "重大", "較大", "一般"]
    assert [g.label_en for g in Grade] == ["especially serious", "serious", "significant", "general"]
    assert [g.level_zh for g in Grade] == ["一級", "二級", "三級", "四級"]


def test_grade_rank_and_severity() -> None:
    assert [g.rank for g in Grade] == [1, 2, 3, 4]
    assert Grade.I.is_more_severe_than(Grade.II)
    assert not Grade.II.is_more_severe_than(Grade.II)
    assert not Grade.IV.is_more_severe_than(Grade.III)
    assert Grade.II.is_more_severe_than("III")  # type: ignore[arg-type]
    assert [Grade.from_rank(n) for n in (1, 2, 3, 4)] == list(Grade)
    with pytest.raises(ValueError, match="rank"):
        Grade.from_rank(5)


def test_codes_sort_most_severe_first() -> None:
    # The documented guarantee: text order of the codes equals rank order.
    assert sorted([Grade.IV, Grade.I, Grade.III, Grade.II]) == [Grade.I, Grade.II, Grade.III, Grade.IV]
    assert min(Grade) is Grade.I


def test_most_severe() -> None:
    assert most_severe([Grade.III, Grade.II, Grade.IV]) is Grade.II
    assert most_severe([Grade.IV]) is Grade.IV
    assert most_severe(["IV", "I"]) is Grade.I  # type: ignore[list-item]
    with pytest.raises(ValueError, match="at least one"):
        most_severe([])


# --- leak tiers -------------------------------------------------------------------------------------


def test_leak_tiers_and_their_definitions() -> None:
    assert [t.value for t in LeakTier] == ["minor", "moderate", "major"]
    assert [t.label_zh for t in LeakTier] == ["輕微", "中度", "重大"]
    assert set(LEAK_TIER_DEFINITIONS) == set(LeakTier)
    assert "counselling records" in LeakTier.MODERATE.definition_en
    assert "executives" in LeakTier.MODERATE.definition_en
    assert "external attack" in LeakTier.MAJOR.definition_en
    assert "治療記錄" in LeakTier.MAJOR.definition_zh
    assert "非正式渠道" in LeakTier.MINOR.definition_zh
    for tier in LeakTier:
        assert tier.label_en == tier.value


# --- single criteria: every edge ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        (0, Grade.IV),
        (1, Grade.IV),
        (9, Grade.IV),
        (10, Grade.III),
        (29, Grade.III),
        (30, Grade.II),
        (99, Grade.II),
        (100, Grade.I),
        (PEOPLE_MAX, Grade.I),
    ],
)
def test_people_affected_edges(people: int, expected: Grade) -> None:
    suggestion = suggest_grade(CYBER, GradingInput(people_affected=people))
    assert suggestion.grade is expected
    assert reason_for(suggestion, Criterion.PEOPLE_AFFECTED).grade is expected


@pytest.mark.parametrize(
    ("cents", "expected"),
    [
        (0, Grade.IV),
        (999_999, Grade.IV),  # 9,999.99
        (1_000_000, Grade.III),  # 10,000.00
        (9_999_999, Grade.III),
        (10_000_000, Grade.II),  # 100,000.00
        (99_999_999, Grade.II),
        (100_000_000, Grade.I),  # 1,000,000.00
        (MONEY_MAX, Grade.I),
    ],
)
def test_direct_loss_edges(cents: int, expected: Grade) -> None:
    suggestion = suggest_grade(CYBER, GradingInput(direct_loss=cents))
    assert suggestion.grade is expected
    assert reason_for(suggestion, Criterion.DIRECT_LOSS).grade is expected


@pytest.mark.parametrize(
    ("urgency", "expected"),
    [
        (Urgency.LOW, Grade.IV),
        (Urgency.MEDIUM, Grade.III),
        (Urgency.HIGH, Grade.II),
        (Urgency.IMMEDIATE, Grade.I),
    ],
)
def test_urgency(urgency: Urgency, expected: Grade) -> None:
    assert grade(urgency=urgency) is expected


@pytest.mark.parametrize(
    ("sensitivity", "expected"),
    [
        (Sensitivity.NONE, Grade.IV),
        (Sensitivity.LOW, Grade.IV),
        (Sensitivity.HIGH, Grade.III),
        (Sensitivity.CRITICAL, Grade.II),
    ],
)
def test_sensitivity(sensitivity: Sensitivity, expected: Grade) -> None:
    assert grade(sensitivity=sensitivity) is expected


def test_reason_texts_name_the_threshold() -> None:
    suggestion = suggest_grade(CYBER, GradingInput(people_affected=30, direct_loss=999_999, urgency="high"))
    assert reason_for(suggestion, Criterion.PEOPLE_AFFECTED).text == "30 people affected (30 or more → II)"
    assert reason_for(suggestion, Criterion.DIRECT_LOSS).text == "direct loss 9,999.99 (below 10,000.00 → IV)"
    assert reason_for(suggestion, Criterion.URGENCY).text == "urgency high → II"
    one = suggest_grade(CYBER, GradingInput(people_affected=1))
    assert reason_for(one, Criterion.PEOPLE_AFFECTED).text == "1 person affected (below 10 → IV)"
    big = suggest_grade(CYBER, GradingInput(people_affected=1_250, direct_loss=123_456_789))
    assert reason_for(big, Criterion.PEOPLE_AFFECTED).text == "1,250 people affected (100 or more → I)"
    assert (
        reason_for(big, Criterion.DIRECT_LOSS).text == "direct loss 1,234,567.89 (1,000,000.00 or more → I)"
    )


# --- privacy-leak tiers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [
        ({"leak_tier": "minor"}, Grade.IV),
        ({"leak_tier": "moderate"}, Grade.III),
        ({"leak_tier": "major"}, Grade.II),
        # major with many people: the leak rule's own threshold (50), edge on both sides
        ({"leak_tier": "major", "people_affected": 49}, Grade.II),
        ({"leak_tier": "major", "people_affected": 50}, Grade.I),
        ({"leak_tier": "major", "external_attack": True}, Grade.I),
        ({"leak_tier": "major", "external_attack": True, "people_affected": 3}, Grade.I),
        # a sensitive group lifts minor and moderate to II, and does not lower major
        ({"leak_tier": "moderate", "sensitive_group": True}, Grade.II),
        ({"leak_tier": "minor", "sensitive_group": True}, Grade.II),
        ({"leak_tier": "major", "sensitive_group": True}, Grade.II),
        # the refinements do nothing without a tier, or for the tiers they do not refine
        ({"external_attack": True}, Grade.IV),
        ({"sensitive_group": True}, Grade.IV),
        ({"leak_tier": "moderate", "external_attack": True}, Grade.III),
        (
            {"leak_tier": "minor", "people_affected": 60},
            Grade.II,
        ),  # II from people affected, not from the tier
    ],
)
def test_leak_tier_table(inputs: dict[str, Any], expected: Grade) -> None:
    assert grade(LEAK, **inputs) is expected


def test_major_leak_escalation_reasons_name_what_escalated() -> None:
    suggestion = suggest_grade(
        LEAK, GradingInput(leak_tier="major", people_affected=50, external_attack=True)
    )
    leak = reason_for(suggestion, Criterion.LEAK_TIER)
    assert leak.grade is Grade.I
    assert "50 people (50 or more)" in leak.text
    assert "external attack" in leak.text
    assert "重大" in leak.text
    assert suggestion.deciding == (leak,)


def test_sensitive_group_reason() -> None:
    suggestion = suggest_grade(LEAK, GradingInput(leak_tier="moderate", sensitive_group=True))
    assert "sensitive group" in reason_for(suggestion, Criterion.LEAK_TIER).text


def test_leak_tier_applies_to_other_categories_too() -> None:
    # A cyber attack that exposed many employees' treatment records is graded as the leak it is.
    assert grade(CYBER, leak_tier="major", external_attack=True) is Grade.I


def test_privacy_leak_may_also_use_sensitivity() -> None:
    assert grade(LEAK, leak_tier="minor", sensitivity="critical") is Grade.II


# --- risk to life and category baseline ---------------------------------------------------------------


@pytest.mark.parametrize("category", list(IncidentCategory))
def test_imminent_risk_to_life_is_grade_one_in_every_category(category: IncidentCategory) -> None:
    suggestion = suggest_grade(
        category, GradingInput(imminent_risk_to_life=True, urgency="low", people_affected=1)
    )
    assert suggestion.grade is Grade.I
    assert suggestion.deciding[0].criterion is Criterion.RISK_TO_LIFE
    assert "self-harm" in suggestion.deciding[0].text


def test_psychological_crisis_with_imminent_self_harm_risk() -> None:
    assert grade(PSYCH, imminent_risk_to_life=True) is Grade.I


def test_psychological_crisis_is_at_least_three() -> None:
    suggestion = suggest_grade(PSYCH, GradingInput(people_affected=1, urgency="low", direct_loss=0))
    assert suggestion.grade is Grade.III
    assert [r.criterion for r in suggestion.deciding] == [Criterion.CATEGORY]


@pytest.mark.parametrize("category", OTHER_CATEGORIES)
def test_other_categories_start_at_four(category: IncidentCategory) -> None:
    assert grade(category) is Grade.IV


def test_baseline_does_not_cap_a_more_severe_criterion() -> None:
    assert grade(PSYCH, urgency="high") is Grade.II


# --- combination: the most severe criterion wins -----------------------------------------------------------


@pytest.mark.parametrize(
    ("inputs", "expected", "deciding"),
    [
        ({"people_affected": 5, "urgency": "medium", "direct_loss": 0}, Grade.III, [Criterion.URGENCY]),
        (
            {"people_affected": 30, "urgency": "high", "direct_loss": 0},
            Grade.II,
            [Criterion.PEOPLE_AFFECTED, Criterion.URGENCY],
        ),
        (
            {"people_affected": 5, "urgency": "low", "direct_loss": 100_000_000},
            Grade.I,
            [Criterion.DIRECT_LOSS],
        ),
        (
            {"people_affected": 0, "sensitivity": "critical", "urgency": "medium"},
            Grade.II,
            [Criterion.SENSITIVITY],
        ),
        (
            {"imminent_risk_to_life": True, "urgency": "immediate"},
            Grade.I,
            [Criterion.RISK_TO_LIFE, Criterion.URGENCY],
        ),
        ({}, Grade.IV, [Criterion.CATEGORY]),
    ],
)
def test_most_severe_criterion_wins(
    inputs: dict[str, Any], expected: Grade, deciding: list[Criterion]
) -> None:
    suggestion = suggest_grade(CYBER, GradingInput(**inputs))
    assert suggestion.grade is expected
    assert [r.criterion for r in suggestion.deciding] == deciding


def test_reasons_are_most_severe_first_and_cover_every_known_criterion() -> None:
    suggestion = suggest_grade(
        CYBER, GradingInput(people_affected=12, direct_loss=50_000_000, urgency="low", sensitivity="high")
    )
    assert [r.grade.rank for r in suggestion.reasons] == sorted(r.grade.rank for r in suggestion.reasons)
    assert {r.criterion for r in suggestion.reasons} == {
        Criterion.PEOPLE_AFFECTED,
        Criterion.DIRECT_LOSS,
        Criterion.URGENCY,
        Criterion.SENSITIVITY,
        Criterion.CATEGORY,
    }
    assert suggestion.not_assessed == ()
    assert suggestion.summary().startswith("Suggested grade II (serious): direct loss 500,000.00")


def test_not_assessed_lists_what_applies_but_is_unknown() -> None:
    assert suggest_grade(CYBER, GradingInput()).not_assessed == (
        Criterion.PEOPLE_AFFECTED,
        Criterion.DIRECT_LOSS,
        Criterion.URGENCY,
        Criterion.SENSITIVITY,
    )
    # For a privacy leak the tier is the sensitivity measure.
    assert suggest_grade(LEAK, GradingInput(people_affected=3)).not_assessed == (
        Criterion.DIRECT_LOSS,
        Criterion.URGENCY,
        Criterion.LEAK_TIER,
    )


def test_category_may_be_given_as_its_code() -> None:
    assert suggest_grade("psychological_crisis", GradingInput()).grade is Grade.III  # type: ignore[arg-type]


def test_criterion_codes_are_stable() -> None:
    assert [c.value for c in Criterion] == [
        "risk_to_life",
        "people_affected",
        "direct_loss",
        "urgency",
        "sensitivity",
        "leak_tier",
        "category",
    ]
    assert [u.value for u in Urgency] == ["low", "medium", "high", "immediate"]
    assert [s.value for s in Sensitivity] == ["none", "low", "high", "critical"]


@settings(max_examples=300, deadline=None)
@given(
    category=st.sampled_from(list(IncidentCategory)),
    people=st.one_of(st.none(), st.integers(min_value=0, max_value=PEOPLE_MAX)),
    loss=st.one_of(st.none(), st.integers(min_value=0, max_value=MONEY_MAX)),
    urgency=st.one_of(st.none(), st.sampled_from(list(Urgency))),
    sensitivity=st.one_of(st.none(), st.sampled_from(list(Sensitivity))),
    tier=st.one_of(st.none(), st.sampled_from(list(LeakTier))),
    flags=st.tuples(st.booleans(), st.booleans(), st.booleans()),
)
def test_suggestion_is_the_most_severe_reason_and_more_never_lowers_it(
    *,
    category: IncidentCategory,
    people: int | None,
    loss: int | None,
    urgency: Urgency | None,
    sensitivity: Sensitivity | None,
    tier: LeakTier | None,
    flags: tuple[bool, bool, bool],
) -> None:
    inputs = GradingInput(
        people_affected=people,
        direct_loss=loss,
        urgency=urgency,
        sensitivity=sensitivity,
        leak_tier=tier,
        imminent_risk_to_life=flags[0],
        sensitive_group=flags[1],
        external_attack=flags[2],
    )
    suggestion = suggest_grade(category, inputs)
    assert suggestion.grade is most_severe(r.grade for r in suggestion.reasons)
    assert suggestion.deciding
    assert all(r.text for r in suggestion.reasons)
    assert suggestion.grade.rank <= GRADING_TABLE.category_baseline[category].rank
    # Monotone: more people or a larger loss never gives a less severe suggestion.
    if people is not None and people < PEOPLE_MAX:
        more = suggest_grade(category, dataclasses.replace(inputs, people_affected=people + 1))
        assert more.grade.rank <= suggestion.grade.rank
    if loss is not None and loss < MONEY_MAX:
        more = suggest_grade(category, dataclasses.replace(inputs, direct_loss=loss + 1))
        assert more.grade.rank <= suggestion.grade.rank
    if not flags[0]:
        worse = suggest_grade(category, dataclasses.replace(inputs, imminent_risk_to_life=True))
        assert worse.grade is Grade.I


# --- grading input validation ------------------------------------------------------------------------------


def test_grading_input_accepts_codes() -> None:
    made = GradingInput(sensitivity="high", leak_tier="major", urgency="immediate")
    assert made.sensitivity is Sensitivity.HIGH
    assert made.leak_tier is LeakTier.MAJOR
    assert made.urgency is Urgency.IMMEDIATE


def test_grading_input_reports_every_problem() -> None:
    with pytest.raises(IncidentInvalid) as caught:
        GradingInput(
            people_affected=-1,
            direct_loss=1.5,  # type: ignore[arg-type]
            sensitivity="secret",  # type: ignore[arg-type]
            leak_tier="huge",  # type: ignore[arg-type]
            urgency=3,  # type: ignore[arg-type]
            imminent_risk_to_life="yes",  # type: ignore[arg-type]
            sensitive_group=None,  # type: ignore[arg-type]
            external_attack=1,  # type: ignore[arg-type]
        )
    assert caught.value.fields == (
        "people_affected",
        "direct_loss",
        "sensitivity",
        "leak_tier",
        "urgency",
        "imminent_risk_to_life",
        "sensitive_group",
        "external_attack",
    )
    assert "'secret' is not one of none, low, high, critical" in str(caught.value)


@pytest.mark.parametrize(
    ("people", "ok"),
    [(0, True), (PEOPLE_MAX, True), (None, True), (-1, False), (PEOPLE_MAX + 1, False), (True, False)],
)
def test_grading_input_people_edges(people: object, ok: bool) -> None:
    if ok:
        assert GradingInput(people_affected=people).people_affected == people  # type: ignore[arg-type]
    else:
        with pytest.raises(IncidentInvalid):
            GradingInput(people_affected=people)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(
    values=st.fixed_dictionaries(
        {
            name: st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=10), st.floats())
            for name in (
                "people_affected",
                "direct_loss",
                "sensitivity",
                "leak_tier",
                "urgency",
                "imminent_risk_to_life",
                "sensitive_group",
                "external_attack",
            )
        }
    ),
    category=st.sampled_from(list(IncidentCategory)),
)
def test_any_grading_input_is_accepted_and_graded_or_refused_clearly(
    values: dict[str, Any], category: Any
) -> None:
    try:
        inputs = GradingInput(**values)
    except IncidentInvalid as error:
        refused_fields = set(error.fields)
        assert refused_fields
        assert refused_fields <= set(values)
        return
    assert isinstance(suggest_grade(category, inputs).grade, Grade)


# --- the table -------------------------------------------------------------------------------------------


def test_default_table_values() -> None:
    table = GRADING_TABLE
    assert table.people_affected == ((100, Grade.I), (30, Grade.II), (10, Grade.III), (0, Grade.IV))
    assert table.direct_loss == (
        (100_000_000, Grade.I),
        (10_000_000, Grade.II),
        (1_000_000, Grade.III),
        (0, Grade.IV),
    )
    assert table.leak_major_many_people == 50
    assert table.leak_tier == {
        LeakTier.MAJOR: Grade.II,
        LeakTier.MODERATE: Grade.III,
        LeakTier.MINOR: Grade.IV,
    }


def test_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        GRADING_TABLE.urgency[Urgency.LOW] = Grade.I  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        GRADING_TABLE.leak_major_many_people = 3  # type: ignore[misc]


def test_table_can_be_overridden_and_the_override_is_used() -> None:
    stricter = dataclasses.replace(
        GRADING_TABLE,
        people_affected=((20, Grade.I), (0, Grade.IV)),
        leak_major_many_people=10,
    )
    assert suggest_grade(CYBER, GradingInput(people_affected=19), stricter).grade is Grade.IV
    assert suggest_grade(CYBER, GradingInput(people_affected=20), stricter).grade is Grade.I
    assert suggest_grade(LEAK, GradingInput(leak_tier="major", people_affected=10), stricter).grade is Grade.I
    assert (
        suggest_grade(CYBER, GradingInput(people_affected=20)).grade is Grade.III
    )  # the default is untouched


def test_table_accepts_what_a_settings_file_holds() -> None:
    from_json = dataclasses.replace(
        GRADING_TABLE,
        people_affected=[[50, "I"], [0, "IV"]],
        urgency={"low": "IV", "medium": "IV", "high": "III", "immediate": "II"},
        risk_to_life="I",
    )
    assert from_json.people_affected == ((50, Grade.I), (0, Grade.IV))
    assert suggest_grade(CYBER, GradingInput(urgency="immediate"), from_json).grade is Grade.II


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"people_affected": ()}, "at least one"),
        ({"people_affected": ((10, Grade.III), (10, Grade.IV), (0, Grade.IV))}, "strictly down"),
        ({"people_affected": ((10, Grade.III), (1, Grade.IV))}, "minimum 0"),
        ({"people_affected": ((10, Grade.IV), (0, Grade.I))}, "less severe grade to a larger value"),
        ({"direct_loss": ((10, "V"), (0, Grade.IV))}, "pairs"),
        ({"direct_loss": "100"}, "at least one"),
        ({"urgency": {Urgency.LOW: Grade.IV}}, "urgency has no grade for medium, high, immediate"),
        ({"sensitivity": {**GRADING_TABLE.sensitivity, Sensitivity.LOW: "V"}}, "not a grade"),
        ({"leak_tier": None}, "must map"),
        ({"risk_to_life": "0"}, "risk_to_life must be a grade"),
        ({"leak_major_many_people": 0}, "at least 1"),
        ({"category_baseline": {}}, "category_baseline has no grade"),
    ],
)
def test_inconsistent_tables_are_refused(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(GradingTableInvalid, match=message):
        dataclasses.replace(GRADING_TABLE, **changes)


def test_table_constructor_reports_several_problems_at_once() -> None:
    with pytest.raises(GradingTableInvalid) as caught:
        dataclasses.replace(GRADING_TABLE, leak_major_many_people=-1, risk_to_life=None)
    assert "risk_to_life" in str(caught.value)
    assert "leak_major_many_people" in str(caught.value)


def test_grading_table_type_is_exported() -> None:
    assert isinstance(GRADING_TABLE, GradingTable)


# --- grade decisions --------------------------------------------------------------------------------------


def test_accepting_the_suggestion_needs_no_reason() -> None:
    decision = GradeDecision(Grade.II, Grade.II)
    assert not decision.is_override
    assert decision.override_reason is None


def test_a_reason_kept_when_confirming() -> None:
    assert GradeDecision(Grade.II, Grade.II, "  checked with IT  ").override_reason == "checked with IT"


@pytest.mark.parametrize(
    ("suggested", "chosen"), [(Grade.II, Grade.III), (Grade.IV, Grade.I), (Grade.I, Grade.IV)]
)
@pytest.mark.parametrize("reason", [None, "", "   ", "\n\t"])
def test_override_without_reason_is_refused(suggested: Grade, chosen: Grade, reason: str | None) -> None:
    with pytest.raises(GradeOverrideRefused) as caught:
        GradeDecision(suggested, chosen, reason)
    message = str(caught.value)
    assert str(chosen) in message
    assert str(suggested) in message
    assert "reason" in message


def test_override_message_says_direction() -> None:
    with pytest.raises(GradeOverrideRefused, match="lower severity"):
        GradeDecision(Grade.I, Grade.III)
    with pytest.raises(GradeOverrideRefused, match="higher severity"):
        GradeDecision(Grade.III, Grade.I)


def test_override_with_reason_is_recorded() -> None:
    decision = GradeDecision("III", "II", " CEO's records were among them ")  # type: ignore[arg-type]
    assert decision.suggested is Grade.III
    assert decision.chosen is Grade.II
    assert decision.is_override
    assert decision.override_reason == "CEO's records were among them"


@pytest.mark.parametrize(
    ("args", "match"),
    [
        (("V", Grade.I, "x"), "suggested must be one of"),
        ((Grade.I, None, "x"), "chosen must be one of"),
        ((Grade.I, Grade.II, 42), "must be text"),
        ((Grade.I, Grade.II, "x" * 2001), "at most 2000"),
    ],
)
def test_decision_bad_input(args: tuple[Any, ...], match: str) -> None:
    with pytest.raises(GradeOverrideRefused, match=match):
        GradeDecision(*args)


def test_decision_errors_are_value_errors() -> None:
    assert issubclass(GradeOverrideRefused, ValueError)
    assert issubclass(GradingTableInvalid, ValueError)


@settings(max_examples=200, deadline=None)
@given(
    suggested=st.sampled_from(list(Grade)),
    chosen=st.sampled_from(list(Grade)),
    reason=st.one_of(st.none(), st.text(max_size=20)),
)
def test_decision_rule(suggested: Grade, chosen: Grade, reason: str | None) -> None:
    has_reason = bool(reason and reason.strip())
    try:
        decision = GradeDecision(suggested, chosen, reason)
    except GradeOverrideRefused:
        assert chosen != suggested
        assert not has_reason
        return
    assert decision.chosen is chosen
    assert (decision.override_reason is not None) == has_reason
