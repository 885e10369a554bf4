"""Cold start: ``eapdesk gui`` to the unlocked main window, against a bare PySide6 window.

Both are started the same way: a new ``python -m ...`` process with the same environment (Qt's
offscreen platform under ``make bench``), timed from spawn until the process prints that its main
window is shown. The app opens a demo database with its key from the keyring and signs in from
standard input (EAPDESK_AUTOLOGIN_STDIN=1; the Argon2id password check is part of the figure), then
reports and quits (EAPDESK_BENCH_SIGNAL=1). One warm-up start of each is not counted, so the
figures are for a start with the OS file cache warm.

Both start from compiled bytecode, as an installed program does (pip compiles a wheel's modules when
it installs them; `make run` compiles the editable checkout). The warm-up start alone would not see
to that where PYTHONDONTWRITEBYTECODE is set, as it is on these machines: every start would then
compile the ~60 modules of ours that a start imports again (about 60 ms), and the bare window's one.
"""

from __future__ import annotations

import compileall
import importlib.util
import os

from benchmarks.registry import Budget, Context, Row, benchmark
from benchmarks.startup import StartFailed, time_to_window

LABEL = "cold start: eapdesk gui → main window"
AGAINST = "bare window + QTableView"
BUDGET = Budget(max_ratio=3.0)
TIMEOUT = 60.0


def _environment(ctx: Context) -> dict[str, str]:
    env = dict(os.environ)
    config = ctx.workdir / "config"  # QSettings of the children: not the developer's own
    config.mkdir(exist_ok=True)
    env.update(
        EAPDESK_BENCH_SIGNAL="1",
        EAPDESK_AUTOLOGIN_STDIN="1",
        XDG_CONFIG_HOME=str(config),
        PYTHONUNBUFFERED="1",
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
    )
    return env


def _prepare_app(ctx: Context) -> tuple[list[str], str] | str:
    """The app's command and standard input, or why it cannot be started here."""
    if importlib.util.find_spec("app.ui.application") is None:
        return "app.ui.application is not there yet"
    from app.services.demo import DEMO_ACCOUNTS, create_demo_database
    from app.storage.keystore import Keystore

    if not Keystore().available():
        return "no keyring in this session (run through `make bench`, which starts one)"
    path = ctx.workdir / "coldstart.db"
    created, _ = create_demo_database(path)
    created.workspace.close()
    admin = DEMO_ACCOUNTS[0]
    return [ctx.python, "-m", "app", "gui", "--db", str(path)], f"{admin.username}\n{admin.password}\n"


@benchmark("cold-start", order=10)
def run(ctx: Context) -> list[Row]:
    """`eapdesk gui` to the unlocked main window shown vs a bare PySide6 window with one QTableView."""
    runs = ctx.reps(11, 3)  # runs of 7 starts gave ratios from 2.83 to 2.98x on one afternoon here
    env = _environment(ctx)
    for package in ("app", "benchmarks"):
        compileall.compile_dir(ctx.repo_root / package, quiet=1)
    bare_argv = [ctx.python, "-m", "benchmarks.bare_window"]

    def bare() -> float:
        return time_to_window(bare_argv, env=env, cwd=ctx.repo_root, timeout=TIMEOUT).seconds

    prepared = _prepare_app(ctx)
    if isinstance(prepared, str):
        ctx.progress(f"cold-start: app not measured: {prepared}")
        reference = [bare() for _ in range(runs + 1)][1:]
        return [
            Row.not_available(LABEL, prepared, against=AGAINST, budget=BUDGET, reference_samples=reference)
        ]
    app_argv, stdin_text = prepared

    def app() -> tuple[float, str]:
        start = time_to_window(app_argv, env=env, cwd=ctx.repo_root, stdin_text=stdin_text, timeout=TIMEOUT)
        return start.seconds, start.reported

    ctx.progress(f"cold-start: 1 warm-up + {runs} starts of each")
    bare()
    try:
        app()
    except StartFailed as failure:
        reference = [bare() for _ in range(runs)]
        return [
            Row.not_available(
                LABEL, str(failure), against=AGAINST, budget=BUDGET, reference_samples=reference
            )
        ]
    subject: list[float] = []
    reference = []
    reported: list[str] = []
    for index in range(runs):  # alternate which goes first
        if index % 2:
            reference.append(bare())
        seconds, figure = app()
        subject.append(seconds)
        reported.append(figure)
        if not index % 2:
            reference.append(bare())
    row = Row.compare(
        LABEL,
        subject,
        reference,
        against=AGAINST,
        budget=BUDGET,
        note="new process, spawn to 'main-window-shown' line read; includes keyring read, unlock and the "
        "Argon2id sign-in",
    )
    row.extra["app_reported_ms"] = reported  # the app's own figure: ms from run_gui() entry to shown
    return [row, _password_check(ctx)]


def _password_check(ctx: Context) -> Row:
    """The deliberately slow part of signing in, measured in this process, to read the figure above."""
    from app.services.demo import DEMO_ACCOUNTS
    from app.services.password_hashing import hash_password, verify_password
    from benchmarks.timing import sample

    password = DEMO_ACCOUNTS[0].password
    stored = hash_password(password)
    return Row.single(
        "  of which: Argon2id password check",
        sample(lambda: verify_password(stored, password), repeat=ctx.reps(5, 3)),
        note="one verification at the account's cost (64 MiB), in this process; part of every sign-in",
    )
