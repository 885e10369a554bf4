"""PHQ-9 / GAD-7 scoring and the red-alert rule (app.domain.screenings)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.screenings import (
    ALERT_REASON_TEXT,
    BAND_LABELS,
    INSTRUMENT_LABELS,
    ITEM_COUNT,
    PHQ9_SELF_HARM_ITEM,
    AlertReason,
    AlertSignals,
    Band,
    Instrument,
    RedAlert,
    RedFlag,
    ScreeningInvalid,
    band_for,
    max_total,
    red_alert,
    score,
    score_gad7,
    score_phq9,
)

MINIMAL, MILD, MODERATE, MOD_SEVERE, SEVERE = (
    Band.MINIMAL,
    Band.MILD,
    Band.MODERATE,
    Band.MODERATELY_SEVERE,
    Band.SEVERE,
)

# The published tables written out total by total, so a wrong cut-off cannot hide behind a loop
# that shares its mistake with the code under test.
PHQ9_TABLE = [MINIMAL] * 5 + [MILD] * 5 + [MODERATE] * 5 + [MOD_SEVERE] * 5 + [SEVERE] * 8
GAD7_TABLE = [MINIMAL] * 5 + [MILD] * 5 + [MODERATE] * 5 + [SEVERE] * 7


def answers_with_total(total: int, items: int, *, avoid_last: bool = False) -> list[int]:
    """Answers summing to ``total``, filled from item 1; item ``items`` kept 0 if ``avoid_last``."""
    fillable = items - 1 if avoid_last else items
    assert total <= fillable * 3
    answers = [0] * items
    for index in range(fillable):
        answers[index] = min(3, total)
        total -= answers[index]
    return answers


def phq9(total: int, *, item9: int = 0) -> list[int]:
    rest = answers_with_total(total - item9, 9, avoid_last=True)
    rest[8] = item9
    return rest


def gad7(total: int) -> list[int]:
    return answers_with_total(total, 7)


# --- the tables ----------------------------------------------------------------------------------


def test_tables_cover_the_whole_range() -> None:
    assert len(PHQ9_TABLE) == 28 == max_total(Instrument.PHQ9) + 1
    assert len(GAD7_TABLE) == 22 == max_total(Instrument.GAD7) + 1
    assert ITEM_COUNT == {Instrument.PHQ9: 9, Instrument.GAD7: 7}


@pytest.mark.parametrize(("total", "band"), list(enumerate(PHQ9_TABLE)))
def test_phq9_every_total(total: int, band: Band) -> None:
    assert band_for(Instrument.PHQ9, total) is band
    if total <= 24:  # item 9 kept at 0 leaves 8 items, at most 24 points
        result = score_phq9(phq9(total))
        assert (result.total, result.band) == (total, band)


@pytest.mark.parametrize(("total", "band"), list(enumerate(GAD7_TABLE)))
def test_gad7_every_total(total: int, band: Band) -> None:
    assert band_for(Instrument.GAD7, total) is band
    result = score_gad7(gad7(total))
    assert (result.total, result.band) == (total, band)


@pytest.mark.parametrize(
    ("below", "above", "band_below", "band_above"),
    [
        (4, 5, MINIMAL, MILD),
        (9, 10, MILD, MODERATE),
        (14, 15, MODERATE, MOD_SEVERE),
        (19, 20, MOD_SEVERE, SEVERE),
    ],
)
def test_phq9_band_edges(below: int, above: int, band_below: Band, band_above: Band) -> None:
    assert score_phq9(phq9(below)).band is band_below
    assert score_phq9(phq9(above)).band is band_above
    # The edge holds whatever the item-9 answer contributes to the total.
    assert score_phq9(phq9(below, item9=2)).band is band_below
    assert score_phq9(phq9(above, item9=2)).band is band_above


@pytest.mark.parametrize(
    ("below", "above", "band_below", "band_above"),
    [(4, 5, MINIMAL, MILD), (9, 10, MILD, MODERATE), (14, 15, MODERATE, SEVERE)],
)
def test_gad7_band_edges(below: int, above: int, band_below: Band, band_above: Band) -> None:
    assert score_gad7(gad7(below)).band is band_below
    assert score_gad7(gad7(above)).band is band_above


def test_extremes() -> None:
    assert score_phq9([0] * 9).band is MINIMAL
    top = score_phq9([3] * 9)
    assert (top.total, top.band, top.red_flags) == (27, SEVERE, (RedFlag.SELF_HARM_THOUGHTS,))
    assert score_gad7([0] * 7).band is MINIMAL
    assert (score_gad7([3] * 7).total, score_gad7([3] * 7).band) == (21, SEVERE)


def test_gad7_has_no_moderately_severe_band() -> None:
    assert all(band_for(Instrument.GAD7, total) is not MOD_SEVERE for total in range(22))


def test_result_keeps_instrument_and_answers() -> None:
    answers = [1, 2, 3, 0, 1, 2, 3, 0, 0]
    result = score_phq9(answers)
    assert result.instrument is Instrument.PHQ9
    assert result.answers == tuple(answers)
    assert score(Instrument.GAD7, [1] * 7).instrument is Instrument.GAD7
    assert score("phq9", answers) == result  # the stored code re-scores to the same result
    assert score_phq9(tuple(answers)) == result


# --- item 9 --------------------------------------------------------------------------------------


def test_item9_is_the_ninth_answer() -> None:
    assert PHQ9_SELF_HARM_ITEM == 9
    assert score_phq9([0] * 8 + [1]).red_flags == (RedFlag.SELF_HARM_THOUGHTS,)
    # A 1 anywhere else is not the item-9 flag.
    for position in range(8):
        answers = [0] * 9
        answers[position] = 3
        assert score_phq9(answers).red_flags == ()


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_item9_flags_whatever_the_total(item9: int) -> None:
    minimal = score_phq9([0] * 8 + [item9])
    assert minimal.band is MINIMAL
    assert minimal.red_flags == (RedFlag.SELF_HARM_THOUGHTS,)


def test_gad7_never_has_red_flags() -> None:
    assert score_gad7([3] * 7).red_flags == ()


# --- invalid input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ([0] * 8, "PHQ-9 has 9 items; got 8 answers"),
        ([0] * 10, "PHQ-9 has 9 items; got 10 answers"),
        ([], "PHQ-9 has 9 items; got 0 answers"),
        ([0, 0, 4, 0, 0, 0, 0, 0, 0], "PHQ-9 item 3: the answer 4 is outside 0–3"),
        ([0, 0, 0, 0, 0, 0, 0, 0, -1], "PHQ-9 item 9: the answer -1 is outside 0–3"),
        (
            [0, "2", 0, 0, 0, 0, 0, 0, 0],
            "PHQ-9 item 2: the answer must be a whole number from 0 to 3; got '2'",
        ),
        ([1.0] + [0] * 8, "PHQ-9 item 1: the answer must be a whole number"),
        ([0] * 4 + [None] + [0] * 4, "PHQ-9 item 5: the answer must be a whole number"),
        ([0] * 8 + [True], "PHQ-9 item 9: the answer must be a whole number"),
        ("000000000", "PHQ-9 answers must be a list of 9 numbers"),
        (None, "PHQ-9 answers must be a list of 9 numbers"),
        ({0: 0}, "PHQ-9 answers must be a list of 9 numbers"),
    ],
)
def test_phq9_invalid(answers: object, message: str) -> None:
    with pytest.raises(ScreeningInvalid) as caught:
        score_phq9(answers)  # type: ignore[arg-type]
    assert message in str(caught.value)


def test_invalid_names_the_item_for_the_form() -> None:
    with pytest.raises(ScreeningInvalid) as caught:
        score_gad7([0, 0, 0, 0, 0, 7, 0])
    assert caught.value.item == 6
    assert "GAD-7 item 6" in str(caught.value)
    with pytest.raises(ScreeningInvalid) as caught:
        score_gad7([0] * 9)
    assert caught.value.item is None
    assert "GAD-7 has 7 items; got 9 answers" in str(caught.value)


def test_first_bad_item_is_reported() -> None:
    with pytest.raises(ScreeningInvalid, match="item 2:"):
        score_phq9([0, 9, 9, 0, 0, 0, 0, 0, 0])


def test_unknown_instrument() -> None:
    with pytest.raises(ScreeningInvalid, match="Unknown screening instrument 'scl90'"):
        score("scl90", [0] * 90)


@pytest.mark.parametrize("total", [-1, 28, 2.0, True, "5", None])
def test_band_for_rejects_impossible_totals(total: object) -> None:
    with pytest.raises(ScreeningInvalid, match="PHQ-9 total is a whole number from 0 to 27"):
        band_for(Instrument.PHQ9, total)  # type: ignore[arg-type]
    with pytest.raises(ScreeningInvalid, match="GAD-7 total"):
        band_for(Instrument.GAD7, 22)


# --- properties ----------------------------------------------------------------------------------

item = st.integers(min_value=0, max_value=3)
phq9_answers = st.lists(item, min_size=9, max_size=9)
gad7_answers = st.lists(item, min_size=7, max_size=7)


@given(phq9_answers)
def test_phq9_total_is_the_sum(answers: list[int]) -> None:
    result = score_phq9(answers)
    assert result.total == sum(answers)
    assert result.band is PHQ9_TABLE[result.total]
    assert (RedFlag.SELF_HARM_THOUGHTS in result.red_flags) == (answers[8] > 0)


@given(gad7_answers)
def test_gad7_total_is_the_sum(answers: list[int]) -> None:
    result = score_gad7(answers)
    assert result.total == sum(answers)
    assert result.band is GAD7_TABLE[result.total]


@pytest.mark.parametrize("instrument", list(Instrument))
def test_band_is_monotone_in_total(instrument: Instrument) -> None:
    ranks = [band_for(instrument, total).rank for total in range(max_total(instrument) + 1)]
    assert ranks == sorted(ranks)
    assert ranks[0] == Band.MINIMAL.rank
    assert ranks[-1] == Band.SEVERE.rank


@given(phq9_answers, st.integers(min_value=0, max_value=8))
def test_raising_an_answer_never_lowers_the_band(answers: list[int], position: int) -> None:
    before = score_phq9(answers)
    answers[position] = min(3, answers[position] + 1)
    after = score_phq9(answers)
    assert after.total >= before.total
    assert after.band.rank >= before.band.rank


@given(
    st.lists(
        st.one_of(st.integers(), st.floats(allow_nan=True), st.text(max_size=2), st.none(), st.booleans()),
        max_size=12,
    )
)
def test_any_bad_input_gives_screening_invalid_never_a_crash(answers: list[object]) -> None:
    valid = len(answers) == 9 and all(
        type(answer) is int and 0 <= answer <= 3  # type: ignore[operator]
        for answer in answers
    )
    if valid:
        assert score_phq9(answers).total == sum(answers)  # type: ignore[arg-type]
    else:
        with pytest.raises(ScreeningInvalid):
            score_phq9(answers)  # type: ignore[arg-type]


def test_labels_cover_every_code() -> None:
    assert set(BAND_LABELS) == set(Band)
    assert set(INSTRUMENT_LABELS) == set(Instrument)
    assert set(ALERT_REASON_TEXT) == set(AlertReason)
    for english, chinese in [*BAND_LABELS.values(), *ALERT_REASON_TEXT.values()]:
        assert english
        assert chinese


def test_codes_are_a_stable_storage_contract() -> None:
    assert [member.value for member in Instrument] == ["phq9", "gad7"]
    assert [member.value for member in Band] == [
        "minimal",
        "mild",
        "moderate",
        "moderately_severe",
        "severe",
    ]
    assert [member.value for member in AlertReason] == [
        "phq9_item9",
        "phq9_severe",
        "phq9_moderately_severe_item9",
        "gad7_severe",
        "missed_follow_up",
        "clinical_judgement",
    ]


# --- red alert -----------------------------------------------------------------------------------


def test_no_signals_no_alert() -> None:
    assert red_alert(AlertSignals()) == RedAlert(raised=False, reasons=())


def test_calm_screenings_no_alert() -> None:
    signals = AlertSignals(phq9=score_phq9(phq9(19)), gad7=score_gad7(gad7(14)))
    assert red_alert(signals) == RedAlert(raised=False, reasons=())


def test_item9_alone_raises_even_when_minimal() -> None:
    alert = red_alert(AlertSignals(phq9=score_phq9([0] * 8 + [1])))
    assert alert == RedAlert(raised=True, reasons=(AlertReason.PHQ9_SELF_HARM,))


@pytest.mark.parametrize("total", [20, 24])
def test_phq9_severe_raises(total: int) -> None:
    alert = red_alert(AlertSignals(phq9=score_phq9(phq9(total))))
    assert alert == RedAlert(raised=True, reasons=(AlertReason.PHQ9_SEVERE,))


def test_phq9_severe_with_item9_gives_both_reasons() -> None:
    alert = red_alert(AlertSignals(phq9=score_phq9([3] * 9)))
    assert alert.reasons == (AlertReason.PHQ9_SELF_HARM, AlertReason.PHQ9_SEVERE)


@pytest.mark.parametrize("total", [15, 19])
def test_moderately_severe_with_item9(total: int) -> None:
    alert = red_alert(AlertSignals(phq9=score_phq9(phq9(total, item9=1))))
    assert alert.raised
    assert alert.reasons == (
        AlertReason.PHQ9_SELF_HARM,
        AlertReason.PHQ9_MODERATELY_SEVERE_WITH_SELF_HARM,
    )


def test_moderately_severe_without_item9_does_not_raise() -> None:
    assert not red_alert(AlertSignals(phq9=score_phq9(phq9(19)))).raised


@pytest.mark.parametrize(("total", "raised"), [(14, False), (15, True), (21, True)])
def test_gad7_severe(total: int, raised: bool) -> None:
    alert = red_alert(AlertSignals(gad7=score_gad7(gad7(total))))
    assert alert.raised is raised
    assert alert.reasons == ((AlertReason.GAD7_SEVERE,) if raised else ())


def test_missed_follow_up_raises() -> None:
    assert red_alert(AlertSignals(missed_follow_up=True)) == RedAlert(
        raised=True, reasons=(AlertReason.MISSED_FOLLOW_UP,)
    )


def test_clinical_judgement_raises() -> None:
    assert red_alert(AlertSignals(clinical_judgement=True)) == RedAlert(
        raised=True, reasons=(AlertReason.CLINICAL_JUDGEMENT,)
    )


def test_everything_at_once_lists_every_reason_in_a_stable_order() -> None:
    alert = red_alert(
        AlertSignals(
            phq9=score_phq9([3] * 9),
            gad7=score_gad7([3] * 7),
            missed_follow_up=True,
            clinical_judgement=True,
        )
    )
    assert alert.reasons == (
        AlertReason.PHQ9_SELF_HARM,
        AlertReason.PHQ9_SEVERE,
        AlertReason.GAD7_SEVERE,
        AlertReason.MISSED_FOLLOW_UP,
        AlertReason.CLINICAL_JUDGEMENT,
    )


def test_results_in_the_wrong_slot_are_refused() -> None:
    with pytest.raises(ValueError, match="phq9 signal holds a gad7"):
        red_alert(AlertSignals(phq9=score_gad7([0] * 7)))
    with pytest.raises(ValueError, match="gad7 signal holds a phq9"):
        red_alert(AlertSignals(gad7=score_phq9([0] * 9)))


@given(
    st.one_of(st.none(), phq9_answers),
    st.one_of(st.none(), gad7_answers),
    st.booleans(),
    st.booleans(),
)
def test_alert_is_raised_exactly_when_a_trigger_is_present(
    phq: list[int] | None, gad: list[int] | None, missed: bool, judgement: bool
) -> None:
    signals = AlertSignals(
        phq9=None if phq is None else score_phq9(phq),
        gad7=None if gad is None else score_gad7(gad),
        missed_follow_up=missed,
        clinical_judgement=judgement,
    )
    expected = (
        (phq is not None and (phq[8] > 0 or sum(phq) >= 20))
        or (gad is not None and sum(gad) >= 15)
        or missed
        or judgement
    )
    alert = red_alert(signals)
    assert alert.raised is expected
    assert bool(alert.reasons) is expected
    assert len(set(alert.reasons)) == len(alert.reasons)
