# EAP Crisis Desk: developer and CI entry points.
#
#   make run            start the desktop app (creates a demo database on first run)
#   make test           whole test suite, offscreen, against a real unlocked gnome-keyring
#                       (extra pytest options: make test PYTEST_ARGS='-k keyring -x')
#   make bench          performance benchmarks, same environment as the tests
#   make lint           ruff check + ruff format --check
#   make forms          regenerate the Python modules compiled from forms/*.ui
#   make translations   update resources/translations (.ts) and compile them (.qm)
#   make clean          remove caches and build output (make distclean also removes .venv)
#
# The virtual environment is created with whatever `python3` is on PATH (3.11 or newer; override with
# `make PYTHON=python3.11 ...`). Dependencies are (re)installed only when pyproject.toml is newer than
# the stamp file of the corresponding install.

PYTHON ?= python3
VENV := .venv
VENV_PY := $(VENV)/bin/python
PIP := $(VENV_PY) -m pip --disable-pip-version-check
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

# Extra arguments for pytest, e.g. PYTEST_ARGS='-x -k backup'.
PYTEST_ARGS ?=

# Source folders for ruff; only those that exist (benchmarks/ and tools/ may not yet).
LINT_PATHS := $(wildcard app tests benchmarks tools)

# The tests and benchmarks run each command in a private D-Bus session with a fresh, unlocked keyring.
WITH_KEYRING := dbus-run-session -- bash tests/support/with_keyring.sh

.PHONY: run test bench lint forms translations clean distclean system-deps

# --- virtual environment -------------------------------------------------------------------------------

$(VENV_PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "$(PYTHON) is older than 3.11; run: make PYTHON=python3.11 ..." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Order-only prerequisite on the interpreter: creating the venv must not by itself force a reinstall,
# but a missing stamp (new venv) or a newer pyproject.toml does.
$(RUN_STAMP): pyproject.toml | $(VENV_PY)
	$(PIP) install -e .
	@touch $@

$(TEST_STAMP): pyproject.toml | $(VENV_PY)
	$(PIP) install -e '.[test]'
	@touch $@

# gnome-keyring, dbus, qpdf, poppler-utils (installs them when run as root, else says how).
system-deps:
	@bash tests/support/ensure_system_deps.sh

# --- targets -------------------------------------------------------------------------------------------

# compileall writes the bytecode an installed wheel would have (only what is missing or stale), so the
# app starts from it even where PYTHONDONTWRITEBYTECODE is set; a read-only checkout just starts slower.
run: $(RUN_STAMP)
	@bash packaging/linux/ensure_gui_libs.sh $(VENV)
	@$(VENV_PY) -m compileall -q app >/dev/null || true
	$(VENV)/bin/eapdesk gui --demo-if-missing

# pytest is the last command, so its summary line ends the output and its exit status is the recipe's
# (make itself then exits 2 and adds its one-line "Error N" note on stderr).
test: $(TEST_STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(WITH_KEYRING) $(VENV_PY) -m pytest $(PYTEST_ARGS)

bench: $(TEST_STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(WITH_KEYRING) $(VENV_PY) -m benchmarks

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check $(LINT_PATHS)
	$(VENV)/bin/ruff format --check $(LINT_PATHS)

forms: $(TEST_STAMP)
	$(VENV_PY) tools/compile_forms.py

translations: $(TEST_STAMP)
	$(VENV_PY) tools/update_translations.py

# Build output and caches. Not removed: generated forms and .qm files (tracked sources), benchmark
# results in .bench/, and the venv with its install stamps (see distclean).
clean:
	rm -rf build dist .pytest_cache .ruff_cache *.egg-info
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
