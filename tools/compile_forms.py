"""Compile the Qt Designer forms in ``forms/*.ui`` into ``app/ui/forms/ui_<stem>.py``.

Usage::

    python tools/compile_forms.py           # (re)generate every module that is missing or stale
    python tools/compile_forms.py --check   # exit 1 and list the forms whose module is missing or stale

The output is deterministic: ``pyside6-uic`` is run from inside ``forms/`` on the bare file name (so the
"generated from" comment it writes names no directory), its output is taken as is apart from line endings
(normalised to ``\\n`` so Windows and Linux agree) and its ``from PySide6... import (...)`` lists, and one
header line is put in front. ``pyside6-uic`` 6.12 writes no timestamp. The generated modules are compared
byte for byte, so ``--check`` (and the test that calls :func:`stale_forms`) fail as soon as a ``.ui`` file
changes without regenerating.

The import lists are cut down to the names the module uses: ``pyside6-uic`` imports some 40 classes into
every form whatever it holds, and PySide builds a class's Python enums the first time it is imported, so
the full lists cost a few milliseconds per form at start-up and at every first opening of a dialog.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = ROOT / "forms"
OUTPUT_DIR = ROOT / "app" / "ui" / "forms"
UIC_NAME = "pyside6-uic"
HEADER_TEMPLATE = "# Generated from forms/{name} by tools/compile_forms.py — do not edit.\n"
HEADER_PREFIX = "# Generated from forms/"


def find_tool(name: str) -> str:
    """Return the path of a console script installed next to this interpreter, else from ``PATH``.

    ``sys.executable`` is deliberately not resolved: in a virtual environment it is a symlink, and the
    scripts live next to the link (``.venv/bin`` or ``.venv\\Scripts``), not next to its target.
    """
    bindir = Path(sys.executable).parent
    for candidate in (bindir / name, bindir / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        msg = f"{name} not found next to {sys.executable} or on PATH; install PySide6 in this environment"
        raise FileNotFoundError(msg)
    return found


def generated_path(ui_file: Path, output_dir: Path = OUTPUT_DIR) -> Path:
    """Where the module generated from ``ui_file`` lives: ``forms/x.ui`` -> ``app/ui/forms/ui_x.py``."""
    return output_dir / f"ui_{ui_file.stem}.py"


def render(ui_file: Path, uic: str | None = None) -> bytes:
    """Run ``pyside6-uic`` on ``ui_file`` and return the module's exact bytes, header line included."""
    tool = uic if uic is not None else find_tool(UIC_NAME)
    result = subprocess.run(
        [tool, "--generator", "python", ui_file.name],
        cwd=ui_file.parent,
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", errors="replace").strip()
        msg = f"{UIC_NAME} failed on {ui_file.name} (exit {result.returncode}): {detail}"
        raise RuntimeError(msg)
    body = result.stdout.decode("utf-8").replace("\r\n", "\n")
    if str(ui_file.parent) in body:
        # Never expected with a bare file name; refuse rather than commit a machine-specific path.
        msg = f"{UIC_NAME} wrote the absolute path of {ui_file.parent} into its output"
        raise RuntimeError(msg)
    return (HEADER_TEMPLATE.format(name=ui_file.name) + used_imports_only(body)).encode("utf-8")


def used_imports_only(source: str) -> str:
    """``source`` with each top-level ``from PySide6.X import (...)`` reduced to the names used below it.

    An import none of whose names is used is dropped. The kept names stay in uic's order, four to a line.
    """
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    replacements: list[tuple[int, int, str]] = []
    for node in tree.body:
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6.")):
            continue
        names = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
        text = ""
        if names:
            rows = ",\n    ".join(", ".join(names[i : i + 4]) for i in range(0, len(names), 4))
            text = f"from {node.module} import ({rows})\n"
        assert node.end_lineno is not None
        replacements.append((node.lineno - 1, node.end_lineno, text))
    for first, end, text in reversed(replacements):
        lines[first:end] = [text] if text else []
    return "".join(lines)


def ui_files(forms_dir: Path = FORMS_DIR) -> list[Path]:
    """Every Designer form, in a stable order."""
    return sorted(forms_dir.glob("*.ui"))


def _orphans(forms_dir: Path, output_dir: Path) -> list[Path]:
    """Generated modules (recognised by their header line) whose ``.ui`` file no longer exists."""
    expected = {generated_path(ui, output_dir) for ui in ui_files(forms_dir)}
    orphans: list[Path] = []
    for module in sorted(output_dir.glob("ui_*.py")):
        if module in expected:
            continue
        with module.open("rb") as handle:
            first_line = handle.readline().decode("utf-8", errors="replace")
        if first_line.startswith(HEADER_PREFIX):
            orphans.append(module)
    return orphans


def _relative(path: Path) -> str:
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def stale_forms(forms_dir: Path = FORMS_DIR, output_dir: Path = OUTPUT_DIR) -> list[str]:
    """Describe every generated module that is missing, out of date or left over; empty when all is well."""
    uic = find_tool(UIC_NAME)
    problems: list[str] = []
    for ui in ui_files(forms_dir):
        target = generated_path(ui, output_dir)
        if not target.is_file():
            problems.append(f"{_relative(ui)}: {_relative(target)} is missing")
        elif target.read_bytes() != render(ui, uic):
            problems.append(f"{_relative(ui)}: {_relative(target)} is out of date")
    problems.extend(
        f"{_relative(module)}: generated module without a .ui file"
        for module in _orphans(forms_dir, output_dir)
    )
    return problems


def compile_all(forms_dir: Path = FORMS_DIR, output_dir: Path = OUTPUT_DIR) -> list[Path]:
    """Regenerate every missing or stale module, delete orphaned ones; return the paths touched."""
    uic = find_tool(UIC_NAME)
    output_dir.mkdir(parents=True, exist_ok=True)
    touched: list[Path] = []
    for ui in ui_files(forms_dir):
        target = generated_path(ui, output_dir)
        content = render(ui, uic)
        if target.is_file() and target.read_bytes() == content:
            continue  # leave the file (and its modification time) alone
        target.write_bytes(content)
        touched.append(target)
    for module in _orphans(forms_dir, output_dir):
        module.unlink()
        touched.append(module)
    return touched


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write anything; exit 1 and list forms whose generated module is missing or stale",
    )
    args = parser.parse_args(argv)
    if args.check:
        problems = stale_forms()
        for problem in problems:
            print(problem)
        if problems:
            print("Run: python tools/compile_forms.py", file=sys.stderr)
            return 1
        print(f"{len(ui_files())} generated form modules are up to date.")
        return 0
    touched = compile_all()
    for path in touched:
        print(f"{'removed' if not path.exists() else 'wrote'} {_relative(path)}")
    if not touched:
        print(f"{len(ui_files())} generated form modules were already up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
