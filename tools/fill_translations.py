"""Fill unfinished messages of a Qt Linguist ``.ts`` file from a JSON glossary.

Usage::

    python tools/fill_translations.py                        # every resources/translations/glossary_*.json
    python tools/fill_translations.py resources/translations/glossary_zh_TW.json [--ts path/to/file.ts]
    python tools/fill_translations.py --missing               # also list the sources still unfinished

A glossary ``resources/translations/glossary_<lang>.json`` belongs to ``eapdesk_<lang>.ts`` in the same
folder. It maps English source text to its translation::

    {
      "&Copy": "複製(&C)",
      "@contexts": {"AuditView": {"&User": "使用者(&U)"}}
    }

The optional ``"@contexts"`` object holds per-context entries that win over the plain ones, for a source
that needs different wording in different places. A value may be a list of strings for a plural
(``numerus``) message, one per plural form. Only messages marked ``type="unfinished"`` are touched, so
translations made in Qt Linguist are never overwritten. A translation that drops a place marker of its
source (``%1``, ``%n``) is refused; one that drops the source's mnemonic (``&x``) is filled with a warning.

The file is written with ElementTree, so its formatting differs slightly from lupdate's;
``tools/update_translations.py`` runs lupdate again afterwards, which restores lupdate's own formatting.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
CONTEXTS_KEY = "@contexts"
GLOSSARY_PATTERN = re.compile(r"glossary_(?P<lang>[A-Za-z]{2,3}(?:_[A-Za-z0-9]+)?)\.json")
PLACE_MARKER = re.compile(r"%(?:n|L?\d+)")
MNEMONIC = re.compile(r"&[^&\s]")

Translation = str | list[str]


@dataclass
class Glossary:
    """Plain source -> translation entries, plus per-context overrides."""

    entries: dict[str, Translation] = field(default_factory=dict)
    by_context: dict[str, dict[str, Translation]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Glossary:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            msg = f"{path}: a glossary is a JSON object of source -> translation"
            raise TypeError(msg)
        contexts = data.pop(CONTEXTS_KEY, {})
        glossary = cls({}, {})
        for source, value in data.items():
            glossary.entries[source] = _checked_value(path, source, value)
        for context, entries in contexts.items():
            glossary.by_context[context] = {
                source: _checked_value(path, source, value) for source, value in entries.items()
            }
        return glossary

    def lookup(self, context: str, source: str) -> Translation | None:
        specific = self.by_context.get(context, {})
        if source in specific:
            return specific[source]
        return self.entries.get(source)


def _checked_value(path: Path, source: str, value: object) -> Translation:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return list(value)
    msg = f"{path}: the translation of {source!r} must be a string or a list of strings"
    raise TypeError(msg)


@dataclass
class FillResult:
    filled: int = 0
    unfinished: list[tuple[str, str]] = field(default_factory=list)  # (context, source) still unfinished
    warnings: list[str] = field(default_factory=list)


def ts_for_glossary(glossary_path: Path) -> Path:
    """``glossary_zh_TW.json`` -> ``eapdesk_zh_TW.ts`` in the same folder."""
    match = GLOSSARY_PATTERN.fullmatch(glossary_path.name)
    if match is None:
        msg = f"{glossary_path.name}: expected a name like glossary_zh_TW.json"
        raise ValueError(msg)
    return glossary_path.with_name(f"eapdesk_{match.group('lang')}.ts")


def _problem(source: str, text: str) -> str | None:
    """Why ``text`` must not be used for ``source``, or None."""
    missing = sorted(set(PLACE_MARKER.findall(source)) - set(PLACE_MARKER.findall(text)))
    if missing:
        return f"drops place marker(s) {', '.join(missing)}"
    return None


def _fill_message(message: ET.Element, value: Translation, where: str, result: FillResult) -> bool:
    source = message.findtext("source", "")
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    texts = [value] if isinstance(value, str) else value
    for text in texts:
        problem = _problem(source, text)
        if problem is not None:
            result.warnings.append(f"{where}: not filled, translation {text!r} {problem}")
            return False
        if MNEMONIC.search(source) and not MNEMONIC.search(text):
            result.warnings.append(f"{where}: translation {text!r} has no mnemonic (&)")
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
        for index, form in enumerate(forms):
            form.text = texts[min(index, len(texts) - 1)]
    else:
        translation.text = texts[0]
    translation.attrib.pop("type", None)
    return True


def fill_ts(ts_path: Path, glossary: Glossary) -> FillResult:
    """Fill the unfinished messages of ``ts_path`` found in ``glossary``; write the file if any changed."""
    tree = ET.parse(ts_path)  # noqa: S314 - the project's own .ts files, not untrusted input
    result = FillResult()
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue  # finished, obsolete or vanished: leave it to lupdate and Linguist
            source = message.findtext("source", "")
            value = glossary.lookup(context_name, source)
            where = f"{ts_path.name} [{context_name}] {source!r}"
            if value is not None and _fill_message(message, value, where, result):
                result.filled += 1
            else:
                result.unfinished.append((context_name, source))
    if result.filled:
        body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
        ts_path.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
            newline="\n",
        )
    return result


def fill_from_glossary(glossary_path: Path, ts_path: Path | None = None) -> FillResult:
    """Fill ``ts_path`` (by default the .ts file named after the glossary) from ``glossary_path``."""
    target = ts_path if ts_path is not None else ts_for_glossary(glossary_path)
    return fill_ts(target, Glossary.load(glossary_path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "glossaries",
        nargs="*",
        type=Path,
        help="glossary JSON files (default: every glossary_*.json in resources/translations)",
    )
    parser.add_argument("--ts", type=Path, help="the .ts file to fill (only with a single glossary)")
    parser.add_argument("--missing", action="store_true", help="list the messages still unfinished")
    args = parser.parse_args(argv)
    glossaries: list[Path] = args.glossaries or sorted(TRANSLATIONS_DIR.glob("glossary_*.json"))
    if args.ts is not None and len(glossaries) != 1:
        parser.error("--ts needs exactly one glossary")
    status = 0
    for glossary_path in glossaries:
        ts_path = args.ts if args.ts is not None else ts_for_glossary(glossary_path)
        if not ts_path.is_file():
            print(f"{ts_path}: not found; run tools/update_translations.py first", file=sys.stderr)
            status = 1
            continue
        result = fill_from_glossary(glossary_path, ts_path)
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(f"{ts_path.name}: filled {result.filled}, still unfinished {len(result.unfinished)}")
        if args.missing:
            for context, source in result.unfinished:
                print(f"  [{context}] {source!r}")
    return status


if __name__ == "__main__":
    sys.exit(main())
