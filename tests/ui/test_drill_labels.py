"""Every stored drill code has a translated label, so no view ever shows a raw value."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

import pytest

from app.domain.case_review import ActionStatus
from app.domain.drills import (
    AckOutcome,
    DrillStatus,
    DrillType,
    FindingArea,
    FindingSeverity,
    ObjectiveResult,
)
from app.ui import drill_labels
from app.ui.drill_labels import (
    ack_outcome_name,
    action_status_name,
    drill_status_name,
    drill_type_name,
    finding_area_name,
    finding_severity_name,
    objective_result_name,
)

CASES: list[tuple[type[StrEnum], Callable[[object], str]]] = [
    (DrillType, drill_type_name),
    (DrillStatus, drill_status_name),
    (FindingSeverity, finding_severity_name),
    (FindingArea, finding_area_name),
    (ObjectiveResult, objective_result_name),
    (AckOutcome, ack_outcome_name),
    (ActionStatus, action_status_name),
]


@pytest.mark.parametrize(("enum", "name"), CASES, ids=[c[0].__name__ for c in CASES])
def test_every_member_has_a_distinct_non_empty_label(
    enum: type[StrEnum], name: Callable[[object], str]
) -> None:
    labels = [name(member) for member in enum]
    assert all(label.strip() for label in labels)
    assert len(set(labels)) == len(labels)
    assert [name(member.value) for member in enum] == labels  # stored strings are accepted too


def test_labels_read_as_words_not_codes() -> None:
    assert drill_type_name(DrillType.FULL_SCALE) == "Full-scale"
    assert drill_status_name("in_progress") == "In progress"
    assert ack_outcome_name(AckOutcome.NOT_ALL_ACKNOWLEDGED) == "not all acknowledged"
    with pytest.raises(ValueError, match="picnic"):
        drill_type_name("picnic")


def test_the_risk_links_dialog_uses_the_shared_labels() -> None:
    from app.ui import risk_links_dialog

    assert risk_links_dialog.drill_type_name is drill_labels.drill_type_name
    assert risk_links_dialog.drill_status_name is drill_labels.drill_status_name


def test_the_label_module_does_not_load_the_case_view() -> None:
    import subprocess
    import sys

    code = (
        "import sys; import app.ui.drill_labels; "
        "print(any(m.startswith('app.ui.case_') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
