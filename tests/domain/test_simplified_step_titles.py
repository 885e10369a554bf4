"""Built-in plan step titles have a Simplified Chinese form; typed titles are left as typed."""

from __future__ import annotations

from app.domain.response_plans import DEFAULT_TEMPLATES
from app.domain.simplified_step_titles import SIMPLIFIED_STEP_TITLES, chinese_step_title

# Characters that exist only in Traditional script and occur in the built-in titles' Traditional form.
TRADITIONAL_ONLY = set("與們過發處應據檔訊啟導對視錄變護關鍵員權聯絡間續資審計檢確認險評傷負責時內離專線網")


def test_every_built_in_title_has_a_simplified_form_without_traditional_characters() -> None:
    titles = {step.title_zh for template in DEFAULT_TEMPLATES for step in template.steps}
    assert titles == set(SIMPLIFIED_STEP_TITLES)
    for traditional, simplified in SIMPLIFIED_STEP_TITLES.items():
        assert simplified != traditional, traditional
        assert not TRADITIONAL_ONLY & set(simplified), (simplified, TRADITIONAL_ONLY & set(simplified))
        # the figures and codes in a title (24 小時, SHA-256, PHQ-9) survive
        assert [c for c in traditional if c.isascii() and c.isalnum()] == [
            c for c in simplified if c.isascii() and c.isalnum()
        ]


def test_mainland_vocabulary_not_a_character_conversion() -> None:
    texts = "".join(SIMPLIFIED_STEP_TITLES.values())
    for taiwanese in ("杂凑", "汇出", "远距", "社群媒体", "资讯", "预设"):
        assert taiwanese not in texts, taiwanese
    assert "哈希值" in texts


def test_typed_titles_and_traditional_interfaces_get_the_stored_text() -> None:
    built_in = next(iter(SIMPLIFIED_STEP_TITLES))
    assert chinese_step_title(built_in, simplified=False) == built_in
    assert chinese_step_title(built_in, simplified=True) == SIMPLIFIED_STEP_TITLES[built_in]
    assert chinese_step_title("通知阿明的主管", simplified=True) == "通知阿明的主管"
    assert chinese_step_title(built_in + " ", simplified=True) == built_in + " "  # reworded: as typed
