"""Privacy-breach notification clocks (app.domain.breach_clocks): rule sets, start events, late reasons."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.breach_clocks import (
    MAX_DEADLINE,
    Audience,
    BreachRule,
    BreachRuleError,
    CustomRuleInput,
    LateReasonRequired,
    NoticeSent,
    RuleSet,
    StartEvent,
    breach_clocks,
    custom_rule_set,
    default_rule_sets,
    gdpr_rule_set,
    nis2_rule_set,
)
from app.domain.clocks import ONE_MONTH, ClockError, ClockKind, ClockState

AWARE = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
H = timedelta(hours=1)
LONDON = ZoneInfo("Europe/London")


def by_code(clocks: list) -> dict:
    return {c.rule.code: c for c in clocks}


# --- stable codes and defaults -----------------------------------------------------------------------


def test_stored_codes_are_stable() -> None:
    assert [e.value for e in StartEvent] == ["awareness", "detection", "confirmation", "notice_sent"]
    assert [a.value for a in Audience] == ["regulator", "csirt", "affected_employees", "management", "other"]
    assert [r.code for r in gdpr_rule_set().rules] == ["gdpr.regulator", "gdpr.affected"]
    assert [r.code for r in nis2_rule_set().rules] == [
        "nis2.early_warning",
        "nis2.notification",
        "nis2.final_report",
    ]
    assert [s.code for s in default_rule_sets()] == ["gdpr", "nis2"]


def test_gdpr_defaults() -> None:
    regulator, affected = gdpr_rule_set().rules
    assert (regulator.start_event, regulator.deadline, regulator.audience) == (
        StartEvent.AWARENESS,
        timedelta(hours=72),
        Audience.REGULATOR,
    )
    assert (affected.start_event, affected.deadline, affected.audience) == (
        StartEvent.AWARENESS,
        timedelta(hours=72),
        Audience.AFFECTED_EMPLOYEES,
    )
    assert "undue delay" in affected.note
    assert gdpr_rule_set(timedelta(hours=24)).rules[1].deadline == timedelta(hours=24)


def test_nis2_defaults() -> None:
    early, notification, final = nis2_rule_set().rules
    assert (early.start_event, early.deadline) == (StartEvent.AWARENESS, timedelta(hours=24))
    assert (notification.start_event, notification.deadline) == (StartEvent.AWARENESS, timedelta(hours=72))
    assert (final.start_event, final.after_rule, final.deadline) == (
        StartEvent.NOTICE_SENT,
        "nis2.notification",
        ONE_MONTH,
    )
    assert {r.audience for r in (early, notification, final)} == {Audience.CSIRT}
    assert final.key == "final_report"


# --- rule and rule set validation --------------------------------------------------------------------


def rule(code: str = "x.a", **kw: object) -> BreachRule:
    args: dict = {
        "code": code,
        "label": "Tell someone",
        "start_event": StartEvent.AWARENESS,
        "deadline": H,
        "audience": Audience.REGULATOR,
    }
    args.update(kw)
    return BreachRule(**args)


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"code": "regulator"}, "must look like '<rule set>.<rule>'"),
        ({"code": "a.b.c"}, "must look like"),
        ({"code": "X.a"}, "rule set part"),
        ({"code": "x.A b"}, "rule part"),
        ({"label": "   "}, "needs a label"),
        ({"start_event": "discovery"}, "start event 'discovery' is not one of: awareness"),
        ({"audience": "press"}, "audience 'press' is not one of"),
        ({"deadline": timedelta(0)}, "longer than zero"),
        ({"deadline": -H}, "longer than zero"),
        ({"deadline": 72}, "must be a duration"),
        ({"deadline": timedelta(days=367)}, "check the unit"),
        ({"start_event": StartEvent.NOTICE_SENT}, "say which rule"),
        ({"start_event": StartEvent.NOTICE_SENT, "after_rule": "x.a"}, "its own notice"),
        ({"after_rule": "x.b"}, "cannot also start after rule x.b"),
    ],
)
def test_rule_validation(kw: dict, message: str) -> None:
    with pytest.raises(BreachRuleError, match=message):
        rule(**kw)


def test_rule_accepts_stored_string_codes() -> None:
    r = rule(start_event="detection", audience="affected_employees", label="  Tell them  ")
    assert r.start_event is StartEvent.DETECTION
    assert r.audience is Audience.AFFECTED_EMPLOYEES
    assert r.label == "Tell them"
    assert rule(deadline=MAX_DEADLINE).deadline == MAX_DEADLINE


def test_rule_set_validation() -> None:
    with pytest.raises(BreachRuleError, match="has no rules"):
        RuleSet("x", "X", ())
    with pytest.raises(BreachRuleError, match="needs a name"):
        RuleSet("x", " ", (rule(),))
    with pytest.raises(BreachRuleError, match="Rule set code"):
        RuleSet("X-1", "X", (rule(),))
    with pytest.raises(BreachRuleError, match=r"must start with 'y.'"):
        RuleSet("y", "Y", (rule(),))
    with pytest.raises(BreachRuleError, match=r"has rule x.a twice"):
        RuleSet("x", "X", (rule(), rule()))
    follows_later = rule("x.b", start_event=StartEvent.NOTICE_SENT, after_rule="x.c")
    with pytest.raises(BreachRuleError, match="must be an earlier rule"):
        RuleSet("x", "X", (rule(), follows_later, rule("x.c")))
    with pytest.raises(BreachRuleError, match="only BreachRule"):
        RuleSet("x", "X", ("x.a",))  # type: ignore[arg-type]
    ok = RuleSet("x", "X", [rule(), rule("x.b", start_event=StartEvent.NOTICE_SENT, after_rule="x.a")])  # type: ignore[arg-type]
    assert isinstance(ok.rules, tuple)
    assert ok.rule("x.b").after_rule == "x.a"
    with pytest.raises(KeyError):
        ok.rule("x.z")


def test_breach_errors_are_clock_errors_and_value_errors() -> None:
    assert issubclass(BreachRuleError, ClockError)
    assert issubclass(LateReasonRequired, ValueError)


# --- custom rule sets from form input ----------------------------------------------------------------


def spec(key: str = "regulator", **kw: object) -> CustomRuleInput:
    args: dict = {
        "key": key,
        "label": "Notify the regulator",
        "start_event": "awareness",
        "deadline_hours": 48,
        "audience": "regulator",
    }
    args.update(kw)
    return CustomRuleInput(**args)


def test_custom_rule_set_from_input() -> None:
    rs = custom_rule_set(
        [
            spec(),
            spec(
                "staff",
                label="Tell staff",
                start_event="confirmation",
                deadline_hours=12.5,
                audience="affected_employees",
            ),
            spec(
                "follow_up",
                label="Follow-up report",
                start_event="notice_sent",
                deadline_hours=240,
                after=" regulator ",
            ),
        ],
        name="  Taiwan PDPA (internal policy) ",
    )
    assert rs.code == "custom"
    assert rs.name == "Taiwan PDPA (internal policy)"
    assert [r.code for r in rs.rules] == ["custom.regulator", "custom.staff", "custom.follow_up"]
    assert rs.rules[1].deadline == timedelta(hours=12, minutes=30)
    assert rs.rules[1].start_event is StartEvent.CONFIRMATION
    assert rs.rules[2].after_rule == "custom.regulator"
    assert custom_rule_set([spec()], code="acme").rules[0].code == "acme.regulator"


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        ([], "at least one rule"),
        ([spec(key="Reg ulator")], "Rule 1: the code 'Reg ulator'"),
        ([spec(), spec()], "Rule 2: the code 'regulator' is already used by rule 1"),
        ([spec(label="")], "Rule 1: say what must be sent"),
        ([spec(start_event="whenever")], "Rule 1: start event 'whenever' is not one of"),
        ([spec(audience="press")], "Rule 1: audience 'press'"),
        ([spec(deadline_hours=0)], "Rule 1: the deadline must be a number of hours above zero"),
        ([spec(deadline_hours=-3)], "above zero"),
        ([spec(deadline_hours=float("nan"))], "above zero"),
        ([spec(deadline_hours=float("inf"))], "above zero"),
        ([spec(deadline_hours=True)], "must be a number of hours"),
        ([spec(deadline_hours="72")], "must be a number of hours"),
        ([spec(deadline_hours=9000)], "longer than 366 days"),
        ([spec(start_event="notice_sent")], "Rule 1 starts when another notice is sent; choose which rule"),
        ([spec(start_event="notice_sent", after="regulator")], "one of the rules above it; there are none"),
        ([spec(), spec("b", start_event="notice_sent", after="zzz")], r"rule 'zzz'.*\(regulator\)"),
        ([spec(after="x")], "only the start event 'notice_sent' can name"),
    ],
)
def test_custom_rule_set_rejects_bad_input_with_a_position(rules: list, message: str) -> None:
    with pytest.raises(BreachRuleError, match=message):
        custom_rule_set(rules)


def test_custom_rule_set_code_is_checked() -> None:
    with pytest.raises(BreachRuleError, match="Rule set code"):
        custom_rule_set([spec()], code="Custom!")


form_input = st.builds(
    CustomRuleInput,
    key=st.text(max_size=40),
    label=st.text(max_size=40),
    start_event=st.sampled_from([*[e.value for e in StartEvent], "", "AWARENESS", "x"]),
    deadline_hours=st.one_of(
        st.floats(allow_nan=True, allow_infinity=True), st.integers(), st.text(max_size=3), st.none()
    ),
    audience=st.sampled_from([*[a.value for a in Audience], "", "Regulator"]),
    after=st.one_of(st.none(), st.text(max_size=10), st.just("regulator")),
)


@given(candidate=form_input)
def test_custom_rule_input_never_crashes(candidate: CustomRuleInput) -> None:
    """Any form input gives a rule set or a BreachRuleError naming the rule, never anything else."""
    outcome: RuleSet | str
    try:
        outcome = custom_rule_set([spec(), candidate])
    except BreachRuleError as exc:
        outcome = str(exc)
    if isinstance(outcome, str):
        assert outcome.startswith("Rule 2")
    else:
        assert len(outcome.rules) == 2
        assert timedelta(0) < outcome.rules[1].deadline <= MAX_DEADLINE


# --- clocks on an incident ----------------------------------------------------------------------------


def test_gdpr_clocks_from_awareness() -> None:
    clocks = breach_clocks([gdpr_rule_set()], {StartEvent.AWARENESS: AWARE}, {})
    assert [c.rule.code for c in clocks] == ["gdpr.regulator", "gdpr.affected"]
    regulator = clocks[0]
    assert regulator.rule_set_code == "gdpr"
    assert regulator.started_at == AWARE
    assert regulator.due_at == AWARE + 72 * H
    assert regulator.state(AWARE + 71 * H) is ClockState.RUNNING
    assert regulator.state(AWARE + 73 * H) is ClockState.OVERDUE
    assert regulator.time_left(AWARE + 73 * H) == -H
    assert regulator.met is None
    assert regulator.sent_at is None
    assert regulator.clock is not None
    assert regulator.clock.kind is ClockKind.BREACH_NOTICE
    assert regulator.clock.ref == "gdpr.regulator"
    assert regulator.clock.label == "Notify the data-protection regulator"


def test_rules_whose_start_has_not_happened_are_not_started() -> None:
    rs = custom_rule_set([spec("a", start_event="confirmation"), spec("b", start_event="detection")])
    clocks = by_code(breach_clocks([rs], {"detection": AWARE}))
    a = clocks["custom.a"]
    assert a.clock is None
    assert a.state(AWARE) is ClockState.NOT_STARTED
    assert (a.due_at, a.started_at, a.sent_at, a.met, a.time_left(AWARE), a.due_local(LONDON)) == (None,) * 6
    assert a.needs_late_reason(AWARE + 1000 * H) is False
    assert clocks["custom.b"].state(AWARE) is ClockState.RUNNING


def test_no_events_at_all_means_nothing_started() -> None:
    clocks = breach_clocks(default_rule_sets(), {})
    assert len(clocks) == 5
    assert {c.state(AWARE) for c in clocks} == {ClockState.NOT_STARTED}


def test_nis2_final_report_starts_when_the_notification_is_sent() -> None:
    events = {"awareness": AWARE}
    before = by_code(breach_clocks([nis2_rule_set()], events, {"nis2.early_warning": (AWARE + 20 * H, None)}))
    assert before["nis2.early_warning"].met is True
    assert before["nis2.notification"].state(AWARE + 30 * H) is ClockState.RUNNING
    assert before["nis2.final_report"].state(AWARE + 30 * H) is ClockState.NOT_STARTED

    sent = AWARE + 60 * H
    after = by_code(breach_clocks([nis2_rule_set()], events, {"nis2.notification": NoticeSent(sent)}))
    final = after["nis2.final_report"]
    assert final.started_at == sent
    assert final.due_at == sent + timedelta(days=30)
    assert final.state(sent + timedelta(days=29)) is ClockState.RUNNING


def test_a_late_notification_moves_the_final_report() -> None:
    late = AWARE + 80 * H
    clocks = by_code(
        breach_clocks(
            [nis2_rule_set()], {"awareness": AWARE}, {"nis2.notification": (late, "Forensics took longer")}
        )
    )
    assert clocks["nis2.notification"].met is False
    assert clocks["nis2.notification"].late_reason == "Forensics took longer"
    assert clocks["nis2.final_report"].due_at == late + ONE_MONTH


def test_several_sets_run_side_by_side() -> None:
    clocks = breach_clocks(
        default_rule_sets(),
        {StartEvent.AWARENESS: AWARE},
        {
            "gdpr.regulator": (AWARE + 70 * H, None),
            "nis2.early_warning": (AWARE + 30 * H, "Weekend, no duty officer"),
        },
    )
    now = AWARE + 50 * H
    assert [(c.rule.code, c.state(now)) for c in clocks] == [
        ("gdpr.regulator", ClockState.MET),
        ("gdpr.affected", ClockState.RUNNING),
        ("nis2.early_warning", ClockState.MISSED),
        ("nis2.notification", ClockState.RUNNING),
        ("nis2.final_report", ClockState.NOT_STARTED),
    ]


def test_a_late_notice_requires_a_reason() -> None:
    late = AWARE + 73 * H
    for reason in (None, "", "   "):
        with pytest.raises(LateReasonRequired, match=r"after its deadline.*1:00:00 late.*reason") as info:
            breach_clocks([gdpr_rule_set()], {"awareness": AWARE}, {"gdpr.regulator": (late, reason)})
        assert info.value.rule_code == "gdpr.regulator"
        assert info.value.due_at == AWARE + 72 * H
        assert info.value.sent_at == late
    ok = breach_clocks(
        [gdpr_rule_set()], {"awareness": AWARE}, {"gdpr.regulator": (late, "  Scope unclear until Tuesday ")}
    )
    assert ok[0].late_reason == "Scope unclear until Tuesday"
    assert ok[0].met is False
    assert ok[0].state(late) is ClockState.MISSED


def test_a_notice_exactly_at_the_deadline_needs_no_reason() -> None:
    clocks = breach_clocks(
        [gdpr_rule_set()], {"awareness": AWARE}, {"gdpr.regulator": (AWARE + 72 * H, None)}
    )
    assert clocks[0].met is True
    assert clocks[0].late_reason is None


def test_a_reason_on_a_timely_notice_is_kept() -> None:
    clocks = breach_clocks([gdpr_rule_set()], {"awareness": AWARE}, {"gdpr.regulator": (AWARE + H, "n/a")})
    assert clocks[0].late_reason == "n/a"


def test_the_form_can_ask_whether_a_reason_is_needed() -> None:
    (regulator, _) = breach_clocks([gdpr_rule_set()], {"awareness": AWARE})
    assert regulator.needs_late_reason(AWARE + 72 * H) is False
    assert regulator.needs_late_reason(AWARE + 72 * H + timedelta(seconds=1)) is True
    with pytest.raises(ClockError, match="no time zone"):
        regulator.needs_late_reason(datetime(2026, 5, 7, 10, 0))


def test_inconsistent_records_are_refused() -> None:
    with pytest.raises(BreachRuleError, match=r"gdpr.typo, which is not a rule"):
        breach_clocks([gdpr_rule_set()], {"awareness": AWARE}, {"gdpr.typo": (AWARE, None)})
    with pytest.raises(BreachRuleError, match="awareness time, which has not been recorded"):
        breach_clocks([gdpr_rule_set()], {"detection": AWARE}, {"gdpr.regulator": (AWARE, None)})
    with pytest.raises(BreachRuleError, match=r"sending of nis2.notification, which has not been recorded"):
        breach_clocks([nis2_rule_set()], {"awareness": AWARE}, {"nis2.final_report": (AWARE, None)})
    with pytest.raises(BreachRuleError, match="applied twice"):
        breach_clocks([gdpr_rule_set(), gdpr_rule_set()], {"awareness": AWARE})
    with pytest.raises(BreachRuleError, match="'notice_sent' is not an incident event"):
        breach_clocks([gdpr_rule_set()], {"notice_sent": AWARE})
    with pytest.raises(BreachRuleError, match="Start event 'aware'"):
        breach_clocks([gdpr_rule_set()], {"aware": AWARE})
    with pytest.raises(BreachRuleError, match="must be NoticeSent"):
        breach_clocks([gdpr_rule_set()], {"awareness": AWARE}, {"gdpr.regulator": AWARE})  # type: ignore[dict-item]
    with pytest.raises(ClockError, match="before it started"):
        breach_clocks([gdpr_rule_set()], {"awareness": AWARE}, {"gdpr.regulator": (AWARE - H, None)})


def test_naive_times_are_refused() -> None:
    naive = datetime(2026, 5, 4, 10, 0)
    with pytest.raises(ClockError, match=r"awareness time.*no time zone"):
        breach_clocks([gdpr_rule_set()], {"awareness": naive})
    with pytest.raises(ClockError, match="no time zone"):
        breach_clocks([gdpr_rule_set()], {"awareness": AWARE}, {"gdpr.regulator": (naive, None)})


def test_72_hours_from_awareness_across_the_london_spring_change() -> None:
    aware_local = datetime(2026, 3, 27, 16, 30, tzinfo=LONDON)  # Friday afternoon, GMT
    (regulator, _) = breach_clocks([gdpr_rule_set()], {"awareness": aware_local})
    assert regulator.due_at is not None
    assert regulator.due_at - aware_local == timedelta(hours=72)
    due = regulator.due_local(LONDON)
    assert due is not None
    assert due.replace(tzinfo=None) == datetime(2026, 3, 30, 17, 30)  # BST: an hour later on the wall
    # Sent at 17:15 local on Monday: 71 h 45 min later, on time although 17:15 > 16:30 on the wall.
    sent = datetime(2026, 3, 30, 17, 15, tzinfo=LONDON)
    (on_time, _) = breach_clocks(
        [gdpr_rule_set()], {"awareness": aware_local}, {"gdpr.regulator": (sent, None)}
    )
    assert on_time.met is True


@given(
    deadline_h=st.integers(min_value=1, max_value=24 * 60),
    sent_after=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=90)),
)
def test_late_iff_sent_after_the_deadline(deadline_h: int, sent_after: timedelta) -> None:
    rs = custom_rule_set([spec(deadline_hours=deadline_h)])
    late = sent_after > timedelta(hours=deadline_h)
    notice = {"custom.regulator": (AWARE + sent_after, None)}
    if late:
        with pytest.raises(LateReasonRequired):
            breach_clocks([rs], {"awareness": AWARE}, notice)
    else:
        (c,) = breach_clocks([rs], {"awareness": AWARE}, notice)
        assert c.met is True
        assert c.state(AWARE) is ClockState.MET
