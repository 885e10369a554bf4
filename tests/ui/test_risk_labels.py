"""Display names of the risk codes and the score formula shown wherever a score is."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.domain.risks import (
    IMPACT_NAMES,
    LEVEL_NAMES,
    LIKELIHOOD_NAMES,
    SCALE,
    STATUS_NAMES,
    LevelBands,
    RiskLevel,
    RiskScores,
    RiskStatus,
    ScoreBasis,
)
from app.ui import risk_labels
from app.ui.preferences import LANGUAGE
from app.ui.risk_labels import (
    basis_name,
    formula_text,
    impact_name,
    level_name,
    likelihood_name,
    source_label,
    status_name,
)


@dataclass(frozen=True)
class _Source:
    code: str
    label_en: str
    label_zh_tw: str
    label_zh_cn: str


def test_names_follow_the_domain_english_names() -> None:
    for value in SCALE:
        assert likelihood_name(value) == LIKELIHOOD_NAMES[value][0]
        assert impact_name(value) == IMPACT_NAMES[value][0]
    for level in RiskLevel:
        assert level_name(level) == LEVEL_NAMES[level][0]
        assert level_name(level.value) == LEVEL_NAMES[level][0]
    for status in RiskStatus:
        assert status_name(status) == STATUS_NAMES[status][0]
    assert basis_name(ScoreBasis.INHERENT) != basis_name(ScoreBasis.RESIDUAL)
    with pytest.raises(KeyError):
        likelihood_name(6)


def test_formula_names_inputs_level_and_band() -> None:
    text = formula_text(RiskScores(3, 4), LevelBands())
    assert text == "Score 12 = likelihood 3 (Possible) × impact 4 (Major) → High (10–25)"


def test_formula_uses_the_office_bands_and_adds_the_residual_line() -> None:
    text = formula_text(RiskScores(2, 5, 1, 2), LevelBands(low_max=2, medium_max=12))
    first, second = text.splitlines()
    assert first == "Score 10 = likelihood 2 (Unlikely) × impact 5 (Severe) → Medium (3–12)"
    assert second == "Residual score 2 = likelihood 1 (Rare) × impact 2 (Minor) → Low (1–2)"


def test_source_label_follows_the_interface_language() -> None:
    source = _Source("data_leak", "Data leak", "數據泄露", "数据泄露")
    LANGUAGE.set("en")
    assert source_label(source) == "Data leak"
    LANGUAGE.set("zh_TW")
    assert source_label(source) == "數據泄露"
    LANGUAGE.set("zh_CN")
    assert source_label(source) == "数据泄露"
    assert source_label(_Source("custom", "Custom", "", "")) == "Custom"
    assert source_label(_Source("bare", "", "", "")) == "bare"


def test_every_label_is_a_literal_lupdate_can_see() -> None:
    """translate()/QT_TRANSLATE_NOOP calls in the module take the "RiskLabels" context and a literal."""
    tree = ast.parse(Path(risk_labels.__file__).read_text(encoding="utf-8"))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", getattr(node.func, "id", "")) in {"translate", "QT_TRANSLATE_NOOP"}
    ]
    assert len(calls) >= 20
    for call in calls:
        context, text = call.args[:2]
        assert isinstance(context, ast.Constant)
        assert context.value == "RiskLabels"
        if call.func.__class__ is ast.Name:  # QT_TRANSLATE_NOOP always gets a literal
            assert isinstance(text, ast.Constant)
