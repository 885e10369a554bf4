"""Finding people's names in risk texts: whole words for Latin names, substrings for CJK names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.name_mentions import NameIndex

INDEX = NameIndex(["Wang Xiaoming", "陳大文", "Li", "O'Brien", "张 三", "Anna-Lena Berg", "山田花子", "李"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Burnout in wang xiaoming's team", True),
        ("WANG   XIAOMING", True),
        ("Wang Xiaoming的團隊", True),
        ("Ask Xiaoming Wang", False),  # another order is another name
        ("Awangxiaoming", False),  # not a whole word
        ("陳大文的個案", True),
        ("大文", False),
        ("Lily and Li", False),  # "Li" is too short to warn on
        ("o'brien's desk", True),
        ("找张三谈话", True),
        ("anna-lena berg", True),
        ("山田花子さん", True),
        ("李先生", False),  # one CJK character is too short
        ("", False),
        ("Ｗａｎｇ Ｘｉａｏｍｉｎｇ", True),  # full-width letters
    ],
)
def test_mentions(text: str, found: bool) -> None:
    assert INDEX.mentions(text) is found


def test_repr_and_size_never_show_names() -> None:
    assert repr(INDEX) == "NameIndex(names=6)"
    assert not NameIndex([]).mentions("Wang Xiaoming")


HAN = st.sampled_from("陳大文王芳李四張")


@given(
    st.lists(st.text(HAN, min_size=2, max_size=4), max_size=8),
    st.text(HAN | st.sampled_from(" ab,"), max_size=40),
)
def test_agrees_with_a_plain_scan_for_cjk_names(names: list[str], text: str) -> None:
    index = NameIndex(names)
    assert index.mentions(text) is any(n in text for n in names)
