"""Communication templates: every default is usable, rendering fills both languages and reports holes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.communication_templates import (
    DEFAULT_TEMPLATES,
    PLACEHOLDERS,
    TEMPLATE_LABELS,
    Language,
    TemplateInvalid,
    TemplateKind,
    check_template_text,
    check_values,
    default_template,
    placeholders_in,
    render,
)

FULL = {
    "incident_code": "INC-2026-0007",
    "incident_title": "Counselling records e-mailed to the wrong list",
    "category": "Psychological privacy leak",
    "grade": "II",
    "reported_date": "2026-12-01",
    "occurred_date": "2026-11-30",
    "affected_count": "12",
    "organisation": "Acme Ltd",
    "facts": "A report was sent to the wrong mailing list.",
    "data_categories": "screening results",
    "measures": "The message was recalled and the list closed.",
    "hotline": "0800-123-456",
    "contact_person": "Chen Mei",
    "contact_email": "eap@example.com",
    "next_update": "2026-12-03 18:00",
    "regulator": "Office of the Privacy Commissioner",
}


def test_there_is_a_template_for_every_kind_in_both_languages() -> None:
    assert set(DEFAULT_TEMPLATES) == {(k, lang) for k in TemplateKind for lang in Language}
    assert set(TEMPLATE_LABELS) == set(TemplateKind)


@pytest.mark.parametrize(("kind", "language"), sorted(DEFAULT_TEMPLATES))
def test_default_templates_use_only_known_placeholders(kind: TemplateKind, language: Language) -> None:
    template = default_template(kind, language)
    assert template.placeholders, "a template without placeholders is a fixed text"
    assert set(template.placeholders) <= set(PLACEHOLDERS)
    assert check_template_text(template.subject, template.body) == (template.subject, template.body)


@pytest.mark.parametrize(("kind", "language"), sorted(DEFAULT_TEMPLATES))
def test_a_full_set_of_values_renders_every_template_completely(
    kind: TemplateKind, language: Language
) -> None:
    template = default_template(kind, language)
    rendering = render(template.subject, template.body, FULL)
    assert rendering.complete
    assert "{" not in rendering.subject + rendering.body
    assert FULL["facts"] in rendering.body


def test_affected_notice_has_facts_apology_measures_and_hotline_in_both_languages() -> None:
    en = render(*_texts(TemplateKind.AFFECTED_NOTICE, Language.EN), FULL)
    zh = render(*_texts(TemplateKind.AFFECTED_NOTICE, Language.ZH), FULL)
    for rendering in (en, zh):
        assert FULL["facts"] in rendering.body
        assert FULL["measures"] in rendering.body
        assert "0800-123-456" in rendering.body
    assert "sorry" in en.body
    assert "歉意" in zh.body
    assert "重要通知" in zh.subject


def test_chinese_placeholder_values_are_rendered() -> None:
    values = {**FULL, "organisation": "宏達科技", "measures": "已撤回郵件並關閉名單"}
    rendering = render(*_texts(TemplateKind.INTERNAL_NOTICE, Language.ZH), values)
    assert rendering.complete
    assert "宏達科技危機處理小組" in rendering.body
    assert "已採取的措施：已撤回郵件並關閉名單" in rendering.body


def test_missing_placeholders_are_reported_and_left_visible() -> None:
    values = {k: v for k, v in FULL.items() if k not in {"hotline", "measures"}}
    values["contact_person"] = "   "  # only spaces counts as missing
    rendering = render(*_texts(TemplateKind.AFFECTED_NOTICE, Language.EN), values)
    assert not rendering.complete
    assert set(rendering.missing) == {"hotline", "measures", "contact_person"}
    assert "{hotline}" in rendering.body
    assert rendering.unknown == ()


def test_unknown_placeholders_are_reported_not_silently_left() -> None:
    rendering = render(
        "Update {incident_code}", "Call {hotlne} or {hotline}.", {"incident_code": "X", "hotline": "1"}
    )
    assert rendering.unknown == ("hotlne",)
    assert rendering.missing == ()
    assert not rendering.complete
    assert rendering.body == "Call {hotlne} or 1."


def test_braces_that_are_not_placeholders_are_kept_as_text() -> None:
    rendering = render("s", "A set {1, 2} and { spaced } braces", {})
    assert rendering.complete
    assert rendering.body == "A set {1, 2} and { spaced } braces"


def test_placeholders_are_listed_once_in_order() -> None:
    assert placeholders_in("{b} {a} {b} {c_1}") == ("b", "a", "c_1")


def test_rendering_repr_holds_no_text() -> None:
    rendering = render("secret subject", "secret body {hotline}", {})
    assert "secret" not in repr(rendering)


def test_template_text_with_unknown_placeholders_or_empty_is_refused() -> None:
    with pytest.raises(TemplateInvalid) as caught:
        check_template_text("  ", "Hello {nobody}")
    fields = dict(caught.value.problems)
    assert "subject" in fields
    assert "{nobody}" in fields["body"]
    with pytest.raises(TemplateInvalid, match="single line"):
        check_template_text("two\nlines", "body")


def test_values_must_name_placeholders_and_be_text() -> None:
    assert check_values({"hotline": " 123 ", "measures": ""}) == {"hotline": "123"}
    with pytest.raises(TemplateInvalid) as caught:
        check_values({"hotline": 123, "nonsense": "x"})
    assert {field for field, _ in caught.value.problems} == {"values.hotline", "values.nonsense"}


@given(st.dictionaries(st.sampled_from(sorted(PLACEHOLDERS)), st.text(max_size=40)))
def test_rendering_reports_exactly_the_unfilled_placeholders(values: dict[str, str]) -> None:
    template = default_template(TemplateKind.REGULATOR_NOTICE, Language.EN)
    rendering = render(template.subject, template.body, values)
    filled = {k for k, v in values.items() if v.strip()}
    assert set(rendering.missing) == set(template.placeholders) - filled
    assert rendering.complete is not bool(rendering.missing)


def _texts(kind: TemplateKind, language: Language) -> tuple[str, str]:
    template = default_template(kind, language)
    return template.subject, template.body
