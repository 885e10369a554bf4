"""Does a text mention one of many people's names? An index that answers in time linear in the text.

The risk register must hold no personal data, so every risk text is compared with every person's
name the database holds (possibly tens of thousands), row by row during a 10,000-row import. A
scan of every name per text would be quadratic; instead the names are indexed once:

- names written with spaces between words (Latin script: "Wang Xiaoming", "O'Brien") as tuples of
  words, matched against runs of consecutive words of the text, so "Li" never matches "Lily";
- names written without spaces in a CJK script ("陳大文") as strings, matched against every
  substring of that length of the text's CJK runs (Chinese does not separate words);
- anything else (a name mixing scripts) is looked for as a plain substring.

Comparison ignores case, width and spacing (NFKC, casefold). Names too short to mean anything
(one CJK character, Latin names under three letters) are left out: they would match ordinary words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

LATIN_NAME_MIN = 3
CJK_NAME_MIN = 2
_CJK_CHAR = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
_CJK_RUN = re.compile(f"[{_CJK_CHAR}]+")
# A word: letters and digits outside the CJK scripts, so "Wang的" still has the word "wang".
_WORD = re.compile(f"[^\\W{_CJK_CHAR}]+")


def name_key(text: str) -> str:
    """The form names and texts are compared in: NFKC, case folded, runs of spaces made one."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


class NameIndex:
    """The names to look for; build once, ask ``mentions`` for many texts."""

    def __init__(self, names: Iterable[str]) -> None:
        self._words: set[tuple[str, ...]] = set()
        self._cjk: set[str] = set()
        self._other: set[str] = set()
        self._most_words = 0
        self._cjk_lengths: set[int] = set()
        for raw in names:
            key = name_key(raw)
            letters = [ch for ch in key if ch.isalpha()]
            if not letters:
                continue
            joined = key.replace(" ", "")
            if _CJK_RUN.fullmatch(joined):  # "張 三" is written "張三" in running text
                if len(joined) >= CJK_NAME_MIN:
                    self._cjk.add(joined)
                    self._cjk_lengths.add(len(joined))
            elif _CJK_RUN.search(key) is None:
                if len(letters) >= LATIN_NAME_MIN:
                    words = tuple(_WORD.findall(key))
                    self._words.add(words)
                    self._most_words = max(self._most_words, len(words))
            else:
                self._other.add(key)

    def __len__(self) -> int:
        return len(self._words) + len(self._cjk) + len(self._other)

    def __repr__(self) -> str:  # never the names
        return f"NameIndex(names={len(self)})"

    def mentions(self, text: str) -> bool:
        """Whether ``text`` contains one of the names (the answer only, never which)."""
        key = name_key(text)
        if not key or not len(self):
            return False
        if self._words:
            words = _WORD.findall(key)
            for size in range(1, self._most_words + 1):
                for start in range(len(words) - size + 1):
                    if tuple(words[start : start + size]) in self._words:
                        return True
        if self._cjk:
            for run in _CJK_RUN.findall(key):
                for size in self._cjk_lengths:
                    for start in range(len(run) - size + 1):
                        if run[start : start + size] in self._cjk:
                            return True
        return any(name in key for name in self._other)
