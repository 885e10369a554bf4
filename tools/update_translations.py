"""Update the Qt Linguist translations in ``resources/translations`` and compile them.

Usage::

    python tools/update_translations.py

For each language in :data:`LANGUAGES` this

1. runs ``pyside6-lupdate`` over every ``app/**/*.py`` (except the modules generated from forms, whose
   strings lupdate reads from the ``.ui`` files themselves) and every ``forms/*.ui`` into
   ``resources/translations/eapdesk_<lang>.ts``, creating it or merging into it: finished translations are
   kept, strings no longer in the sources are dropped (``-no-obsolete``);
2. fills unfinished messages from ``resources/translations/glossary_<lang>.json`` when that file exists
   (see ``tools/fill_translations.py``), then runs lupdate once more so the file keeps lupdate's layout;
3. runs ``pyside6-lrelease`` to write ``eapdesk_<lang>.qm`` next to the ``.ts`` file.

Messages still unfinished are counted at the end; add them to the glossary (or translate them in
``pyside6-linguist``) and run this again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_TW", "zh_CN")
GENERATED_FORMS_DIR = ROOT / "app" / "ui" / "forms"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fill_translations import fill_from_glossary  # noqa: E402 - tools/ is not a package


def find_tool(name: str) -> str:
    """A console script next to this interpreter (not resolved: venvs use a symlink), else from PATH."""
    bindir = Path(sys.executable).parent
    for candidate in (bindir / name, bindir / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        msg = f"{name} not found next to {sys.executable} or on PATH; install PySide6 in this environment"
        raise FileNotFoundError(msg)
    return found


def source_files() -> list[str]:
    """Inputs for lupdate, relative to the project root, in a stable order."""
    python = [
        path
        for path in sorted((ROOT / "app").rglob("*.py"))
        if not (path.parent == GENERATED_FORMS_DIR and path.name.startswith("ui_"))
    ]
    forms = sorted((ROOT / "forms").glob("*.ui"))
    return [path.relative_to(ROOT).as_posix() for path in (*python, *forms)]


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"eapdesk_{language}.ts"


def lupdate(language: str, sources: list[str], *, silent: bool = False) -> None:
    command = [
        find_tool("pyside6-lupdate"),
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        "en",
        "-target-language",
        language,
        *(["-silent"] if silent else []),
        *sources,
        "-ts",
        ts_path(language).relative_to(ROOT).as_posix(),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def lrelease(language: str) -> Path:
    source = ts_path(language)
    target = source.with_suffix(".qm")
    subprocess.run(
        [find_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
        cwd=ROOT,
        check=True,
    )
    return target


def update(language: str, sources: list[str]) -> int:
    """Update, fill and compile one language; return how many messages are still unfinished."""
    lupdate(language, sources)
    glossary = TRANSLATIONS_DIR / f"glossary_{language}.json"
    unfinished = 0
    if glossary.is_file():
        result = fill_from_glossary(glossary, ts_path(language))
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if result.filled:
            lupdate(language, sources, silent=True)  # back to lupdate's own layout
        print(f"{ts_path(language).name}: filled {result.filled} from {glossary.name}")
        unfinished = len(result.unfinished)
    qm = lrelease(language)
    print(f"wrote {qm.relative_to(ROOT).as_posix()}")
    return unfinished


def main() -> int:
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    sources = source_files()
    for language in LANGUAGES:
        unfinished = update(language, sources)
        if unfinished:
            print(
                f"{ts_path(language).name}: {unfinished} message(s) still unfinished; "
                f"list them with: python tools/fill_translations.py --missing"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
