"""The ``eapdesk`` command line: IT administration and a way to start the desktop app.

Exit statuses (a contract that scripts rely on):
  0 success; 1 a check failed (verify found problems, a damaged file or backup, a disk error);
  2 usage error or refused (file exists, bad input, newer schema, not our database);
  3 authentication failed or permission denied for the user's role;
  4 database key missing or wrong, keyring unavailable, or database locked by another process.

Secrets never come from command-line arguments (visible in ``ps``): passwords and passphrases are
read from standard input when it is not a terminal, else prompted for. A passphrase-mode database's
passphrase comes from the file named by EAPDESK_PASSPHRASE_FILE, else EAPDESK_PASSPHRASE, else a
prompt, so standard input stays free for the user's password.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO, TypeVar

from app import __version__
from app.domain.key_mode import KeyMode
from app.domain.roles import Role
from app.services.errors import (
    AuthenticationFailed,
    BackupInvalid,
    DatabaseDamaged,
    DatabaseExists,
    DatabaseLocked,
    InvalidInput,
    KeyMissing,
    KeyringUnavailable,
    NewerSchema,
    NotADatabase,
    PassphraseRequired,
    PermissionDenied,
    ServiceError,
    StorageError,
    WrongKey,
)
from app.services.unlock import database_key_mode, passphrase_from_environment

# _lazy imports note: each subcommand imports the services it uses when it runs, so that starting the
# desktop app (``eapdesk gui``) does not pay for loading the maintenance and demo code.
if TYPE_CHECKING:
    from app.services.session import Session
    from app.services.workspace import Workspace

T = TypeVar("T")

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_AUTH, EXIT_KEY = 0, 1, 2, 3, 4
NEW_PASSPHRASE_FILE_ENV = "EAPDESK_NEW_PASSPHRASE_FILE"
NEW_PASSPHRASE_ENV = "EAPDESK_NEW_PASSPHRASE"


class CliExit(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class Secrets:
    """Reads secrets line by line from standard input, or prompts on the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._lines: Iterator[str] | None = None

    def _interactive(self) -> bool:
        return self._stream.isatty()

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        if self._interactive():
            value = getpass.getpass(prompt)
            if confirm and getpass.getpass("Again: ") != value:
                raise CliExit(EXIT_USAGE, "The two entries differ; nothing was changed.")
            return value
        if self._lines is None:
            self._lines = iter(self._stream.read().splitlines())
        try:
            return next(self._lines)
        except StopIteration:
            raise CliExit(
                EXIT_USAGE, f"Expected another line on standard input ({prompt.rstrip(': ')})."
            ) from None


def _database_passphrase(path: Path) -> str | None:
    """The passphrase for a passphrase-mode database, or None for a keyring database."""
    from_env = passphrase_from_environment()
    if from_env is not None:
        return from_env
    if database_key_mode(path) is KeyMode.PASSPHRASE:
        return _prompt_tty(f"Passphrase for {path.name}: ")
    return None


def _prompt_tty(prompt: str) -> str:
    try:
        with open("/dev/tty", encoding="utf-8") as _tty:
            pass
    except OSError:
        raise CliExit(
            EXIT_KEY,
            "This database is protected by a passphrase and there is no terminal to ask for it. Give it in "
            "the file named by EAPDESK_PASSPHRASE_FILE or in EAPDESK_PASSPHRASE.",
        ) from None
    return getpass.getpass(prompt)


def _new_passphrase(what: str) -> str:
    """A new passphrase (init/restore --no-keyring, rekey of a passphrase database), never from stdin."""
    file_name = os.environ.get(NEW_PASSPHRASE_FILE_ENV)
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) else "it is not UTF-8 text"
            raise CliExit(
                EXIT_USAGE,
                f"The file named by {NEW_PASSPHRASE_FILE_ENV} cannot be read ({reason}); nothing was changed.",
            ) from None
    if os.environ.get(NEW_PASSPHRASE_ENV):
        return os.environ[NEW_PASSPHRASE_ENV]
    return _prompt_tty(f"New {what}: ")


def _open(path: Path) -> Workspace:
    from app.services.workspace import Workspace  # noqa: PLC0415 - see _lazy imports note

    return Workspace.open(path, passphrase=_database_passphrase(path))


# -- subcommands ------------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace, _secrets: Secrets) -> int:
    from app.ui.launcher import run_gui  # noqa: PLC0415 - Qt is loaded only for the GUI

    return run_gui(args.db, demo_if_missing=args.demo_if_missing)


def _refuse_existing(path: Path) -> None:
    if path.exists():
        raise CliExit(EXIT_USAGE, f"{path} already exists; it was not touched. Choose another path.")


def cmd_init(args: argparse.Namespace, secrets: Secrets) -> int:
    from app.services.maintenance import create_database  # noqa: PLC0415 - see _lazy imports note

    _refuse_existing(args.db)
    password = secrets.read(f"New password for {args.admin}: ", confirm=True)
    passphrase = None
    if args.no_keyring:
        passphrase = passphrase_from_environment() or _new_passphrase("database passphrase")
    created = create_database(
        args.db,
        args.admin,
        password,
        key_mode=KeyMode.PASSPHRASE if args.no_keyring else KeyMode.KEYRING,
        passphrase=passphrase,
    )
    created.workspace.close()
    print(
        f"Created {args.db} ({'passphrase mode' if args.no_keyring else 'key held by the system keyring'})."
    )
    _print_recovery_key(created.recovery_key)
    return EXIT_OK


def _print_recovery_key(key_text: str | None) -> None:
    if not key_text:
        return
    print("Recovery key (shown once; store it offline; it opens this database if the keyring is lost):")
    print(f"recovery-key {key_text}", flush=True)


DEMO_INCIDENTS_MAX = 1_000_000


def _incident_count(text: str) -> int:
    """``--incidents``: a whole number from 0 to DEMO_INCIDENTS_MAX (argparse shows the message)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= DEMO_INCIDENTS_MAX:
        raise argparse.ArgumentTypeError(f"give 0 to {DEMO_INCIDENTS_MAX:,} incidents, not {value:,}")
    return value


def _demo_progress(total: int) -> Callable[[int], None] | None:
    if total < 10_000:
        return None

    def report(written: int) -> None:
        if written % 10_000 == 0 or written == total:
            print(f"{written:,} of {total:,} incidents written", file=sys.stderr, flush=True)

    return report


def cmd_demo(args: argparse.Namespace, _secrets: Secrets) -> int:
    from app.services.demo import DEMO_PASSPHRASE, create_demo_database  # noqa: PLC0415 - see _lazy imports note

    _refuse_existing(args.db)
    passphrase = None
    if args.no_keyring:
        passphrase = passphrase_from_environment() or DEMO_PASSPHRASE
    created, accounts = create_demo_database(
        args.db,
        seed=args.seed,
        key_mode=KeyMode.PASSPHRASE if args.no_keyring else KeyMode.KEYRING,
        passphrase=passphrase,
        incidents=args.incidents,
        progress=_demo_progress(args.incidents),
    )
    created.workspace.close()
    print(
        f"Created demo database {args.db} with {args.incidents:,} incidents, a risk register of 40 risks,"
        " a year of drills and a 12-member on-call rota."
    )
    if args.no_keyring:
        shown = "the passphrase you gave" if passphrase != DEMO_PASSPHRASE else DEMO_PASSPHRASE
        print(f"Passphrase mode: unlock it with {shown}.")
    _print_recovery_key(created.recovery_key)
    for account in accounts:
        print(f"account {account.username} {account.role.value} {account.password}")
    return EXIT_OK


def cmd_user(args: argparse.Namespace, secrets: Secrets) -> int:
    with _open(args.db) as workspace:
        session = workspace.sign_in(args.user, secrets.read(f"Password for {args.user}: "))
        if args.user_command == "list":
            for user in workspace.users.list(session):
                state = "disabled" if user.disabled else "active"
                print(f"{user.username}\t{user.role.value}\t{state}")
        elif args.user_command == "add":
            password = secrets.read(f"New password for {args.name}: ", confirm=True)
            workspace.users.create(session, args.name, Role(args.role), password, args.full_name or "")
            print(f"Added {args.name} ({args.role}).")
        elif args.user_command == "disable":
            target = workspace.users.find_by_name(session, args.name)
            workspace.users.set_disabled(session, target.id, True)
            print(f"Disabled {target.username}.")
        workspace.sign_out(session)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, _secrets: Secrets) -> int:
    from app.services.maintenance import verify_database  # noqa: PLC0415 - see _lazy imports note

    try:
        report = verify_database(args.db, passphrase=_database_passphrase(args.db))
    except DatabaseDamaged as error:
        print(f"problem: {error}")
        return EXIT_FAILED
    if report.ok:
        print(
            f"ok: pages authenticated, integrity ok, schema {report.schema_version}, SQLCipher "
            f"{report.cipher_version}, audit trail of {report.audit_entries} entries intact"
        )
        return EXIT_OK
    for problem in report.problems:
        print(f"problem: {problem}")
    return EXIT_FAILED


def cmd_backup(args: argparse.Namespace, secrets: Secrets) -> int:
    from app.services.maintenance import backup_database  # noqa: PLC0415 - see _lazy imports note

    backup_passphrase = secrets.read("Backup passphrase: ", confirm=True)
    size = backup_database(args.db, args.out, backup_passphrase, passphrase=_database_passphrase(args.db))
    print(f"Backup written to {args.out} ({size} bytes), encrypted with the backup passphrase.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, secrets: Secrets) -> int:
    from app.services.maintenance import restore_database  # noqa: PLC0415 - see _lazy imports note

    backup_passphrase = secrets.read("Backup passphrase: ")
    passphrase = None
    if args.no_keyring:
        passphrase = passphrase_from_environment() or _new_passphrase("database passphrase")
    key_text = restore_database(
        args.source,
        args.db,
        backup_passphrase,
        force=args.force,
        key_mode=KeyMode.PASSPHRASE if args.no_keyring else KeyMode.KEYRING,
        passphrase=passphrase,
    )
    print(f"Restored {args.source} to {args.db}.")
    _print_recovery_key(key_text)
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace, secrets: Secrets) -> int:
    from app.services.maintenance import rekey_database  # noqa: PLC0415 - see _lazy imports note

    passphrase = _database_passphrase(args.db)
    new_passphrase = _new_passphrase("database passphrase") if passphrase is not None else None
    announced: list[str] = []

    def announce(key_text: str) -> None:
        announced.append(key_text)
        print("New recovery key (the old one stops working once rotation finishes; store this one offline):")
        print(f"recovery-key {key_text}", flush=True)

    rekey_database(args.db, passphrase=passphrase, new_passphrase=new_passphrase, announce=announce)
    print(f"Key rotated for {args.db}; every row was re-encrypted and the keyring updated.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, secrets: Secrets) -> int:
    from app.services.maintenance import recover_database  # noqa: PLC0415 - see _lazy imports note

    key_text = secrets.read("Recovery key: ")
    recover_database(args.db, key_text)
    print(f"{args.db} opened with its recovery key; the key is now stored in this computer's keyring.")
    return EXIT_OK


def _column_overrides(pairs: list[str]) -> dict[str, str]:
    """``--map "Header=field"`` options as a mapping (the last ``=`` splits: a header may contain one)."""
    overrides: dict[str, str] = {}
    for pair in pairs:
        header, sign, field = pair.rpartition("=")
        if not sign or not header.strip():
            raise CliExit(EXIT_USAGE, f'--map takes "Header=field" (or "Header=ignore"), not {pair!r}.')
        overrides[header.strip()] = field.strip()
    return overrides


def cmd_import(args: argparse.Namespace, secrets: Secrets) -> int:
    from app.services.risk_import import RiskImportInvalid  # noqa: PLC0415 - see _lazy imports note

    overrides = _column_overrides(args.map)
    with _open(args.db) as workspace:
        session = workspace.sign_in(args.user, secrets.read(f"Password for {args.user}: "))
        try:
            preview = workspace.risk_import.preview(session, args.file, overrides or None)
            for warning in preview.warnings:
                print(f"warning: {warning}")
            try:
                result = workspace.risk_import.apply(session, preview)
            except RiskImportInvalid as error:
                for problem in error.problems:
                    print(f"problem: {problem}")
                print(f"eapdesk: {error}", file=sys.stderr)
                return EXIT_FAILED
        finally:
            workspace.sign_out(session)
    count = len(preview.warnings)
    warned = f" ({count} warning{'s' if count != 1 else ''} above)" if count else ""
    print(f"Imported {result.count} risks from {args.file.name}{warned}.")
    return EXIT_OK


def _written_as_user(
    args: argparse.Namespace, secrets: Secrets, work: Callable[[Workspace, Session], T]
) -> T:
    """Run ``work`` signed in as ``--user`` for a command that writes ``--out``; always sign out.

    An existing ``--out`` is refused before the password is asked for, unless ``--force``.
    """
    if not args.force:
        _refuse_existing(args.out)
    with _open(args.db) as workspace:
        session = workspace.sign_in(args.user, secrets.read(f"Password for {args.user}: "))
        try:
            return work(workspace, session)
        finally:
            workspace.sign_out(session)


def cmd_export(args: argparse.Namespace, secrets: Secrets) -> int:
    count = _written_as_user(
        args, secrets, lambda workspace, session: workspace.risk_import.export(session, args.out, args.format)
    )
    print(f"Exported {count} risks to {args.out} ({args.format}).")
    return EXIT_OK


ICS_DEFAULT_DAYS = 90


def _day(text: str) -> date:
    """``--from`` / ``--to``: a date as YYYY-MM-DD (argparse shows the message)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def cmd_export_ics(args: argparse.Namespace, secrets: Secrets) -> int:
    """``export ics``: the calendar of on-call shifts and due dates, or one member's own shifts."""
    if not args.force:
        _refuse_existing(args.out)
    first = args.start or date.today()
    last = args.end or first + timedelta(days=ICS_DEFAULT_DAYS)
    with _open(args.db) as workspace:
        session = workspace.sign_in(args.user, secrets.read(f"Password for {args.user}: "))
        try:
            result = workspace.calendar_export.export_ics(
                session, args.out, first, last, member_id=args.member, zone=args.zone
            )
        finally:
            workspace.sign_out(session)
    print(f"Exported {result.events} events ({first.isoformat()} to {last.isoformat()}) to {args.out}.")
    return EXIT_OK


def _month_arg(text: str) -> tuple[int, int]:
    """``--from`` / ``--to`` of ``export hours``: a month as YYYY-MM (argparse shows the message)."""
    try:
        year, month = (int(part) for part in text.split("-"))
        date(year, month, 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month (YYYY-MM)") from None
    return year, month


def cmd_export_hours(args: argparse.Namespace, secrets: Secrets) -> int:
    """``export hours``: the on-call allowances report (person, role, month, hours) as CSV or XLSX."""
    count = _written_as_user(
        args,
        secrets,
        lambda workspace, session: workspace.oncall.export_hours(
            session, args.out, args.format, args.first, args.last, tz=args.tz
        ),
    )
    first, last = args.first, args.last
    print(
        f"Exported {count} rows of on-call hours ({first[0]:04d}-{first[1]:02d} to "
        f"{last[0]:04d}-{last[1]:02d}, {args.tz}) to {args.out} ({args.format})."
    )
    return EXIT_OK


def cmd_report_incident(args: argparse.Namespace, secrets: Secrets) -> int:
    """``report incident``: the incident summary PDF, internal or board (de-identified) version."""
    report = _written_as_user(
        args,
        secrets,
        lambda workspace, session: workspace.reports.incident_summary(
            session,
            args.code,
            audience=args.audience,
            paper=args.paper,
            language=args.language,
            out_path=args.out,
            identify_people=args.identify_people,
            time_zone=args.zone,
        ),
    )
    print(f"Wrote the {report.audience.value} summary of {report.incident_code} to {args.out}.")
    return EXIT_OK


def cmd_report_board(args: argparse.Namespace, secrets: Secrets) -> int:
    """``report board``: the de-identified board report PDF for a period (local dates, both included)."""
    if args.last < args.first:
        raise CliExit(EXIT_USAGE, "--to is before --from; nothing was written.")
    report = _written_as_user(
        args,
        secrets,
        lambda workspace, session: workspace.board_report.generate(
            session,
            args.first,
            args.last,
            paper=args.paper,
            language=args.language,
            out_path=args.out,
            time_zone=args.zone,
        ),
    )
    print(f"Wrote the board report for {report.start.isoformat()} to {report.end.isoformat()} to {args.out}.")
    return EXIT_OK


def cmd_report_drill(args: argparse.Namespace, secrets: Secrets) -> int:
    """``report drill``: one drill's after-action report and improvement plan as PDF."""
    report = _written_as_user(
        args,
        secrets,
        lambda workspace, session: workspace.drill_report.generate(
            session,
            args.code,
            paper=args.paper,
            language=args.language,
            out_path=args.out,
            time_zone=args.zone,
        ),
    )
    print(f"Wrote the after-action report of {report.drill_code} to {args.out}.")
    return EXIT_OK


# -- parser and error mapping -----------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="eapdesk", description="EAP Crisis Desk: crisis cases in one encrypted database.")
    parser.add_argument("--version", action="version", version=f"eapdesk {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def db_arg(p: argparse.ArgumentParser, required: bool = True) -> None:
        p.add_argument("--db", type=Path, required=required, metavar="PATH", help="the database file")

    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    db_arg(gui, required=False)
    gui.add_argument("--demo-if-missing", action="store_true", help="create the demo database on first run")
    gui.set_defaults(func=cmd_gui)

    init = sub.add_parser("init", help="create a new encrypted database and its first admin")
    db_arg(init)
    init.add_argument("--admin", required=True, metavar="NAME")
    init.add_argument("--no-keyring", action="store_true", help="passphrase mode: no keyring entry is made")
    init.set_defaults(func=cmd_init)

    demo = sub.add_parser("demo", help="create a demo database with sample data and demo accounts")
    db_arg(demo)
    demo.add_argument("--seed", type=int, default=2026, metavar="S")
    demo.add_argument("--no-keyring", action="store_true")
    demo.add_argument(
        "--incidents",
        type=_incident_count,
        default=60,  # app.services.demo_incidents.DEFAULT_INCIDENTS (not imported: start-up time)
        metavar="N",
        help="how many sample incidents (default 60; 100000 for benchmarks)",
    )
    demo.set_defaults(func=cmd_demo)

    user = sub.add_parser("user", help="manage app accounts (admin only)")
    user_sub = user.add_subparsers(dest="user_command", required=True, parser_class=_Parser)
    add = user_sub.add_parser("add", help="add an account; stdin: your password, then the new password")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--full-name", default="", help="the person's name, shown to admins only")
    disable = user_sub.add_parser("disable", help="disable an account; stdin: your password")
    disable.add_argument("name")
    listing = user_sub.add_parser("list", help="list accounts; stdin: your password")
    for p in (add, disable, listing):
        db_arg(p)
        p.add_argument("--user", required=True, metavar="ADMIN", help="your admin account")
    user.set_defaults(func=cmd_user)

    verify = sub.add_parser("verify", help="check encryption, integrity, schema and the audit trail")
    db_arg(verify)
    verify.set_defaults(func=cmd_verify)

    backup = sub.add_parser("backup", help="write an encrypted backup of the live database")
    db_arg(backup)
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser("restore", help="restore a backup into a new database")
    restore.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE")
    db_arg(restore)
    restore.add_argument("--force", action="store_true", help="replace an existing database file")
    restore.add_argument(
        "--no-keyring", action="store_true", help="protect the restored database by a passphrase"
    )
    restore.set_defaults(func=cmd_restore)

    rekey = sub.add_parser("rekey", help="rotate the database key")
    db_arg(rekey)
    rekey.set_defaults(func=cmd_rekey)

    recover = sub.add_parser("recover", help="open with the recovery key and store it in this keyring")
    db_arg(recover)
    recover.set_defaults(func=cmd_recover)

    importing = sub.add_parser("import", help="import data from a spreadsheet (CSV or XLSX)")
    import_sub = importing.add_subparsers(dest="import_what", required=True, parser_class=_Parser)
    import_risks = import_sub.add_parser(
        "risks", help="import a risk register, all rows or none; stdin: your password"
    )
    import_risks.add_argument("file", type=Path, metavar="FILE", help="the register (.csv or .xlsx)")
    import_risks.add_argument(
        "--map",
        action="append",
        default=[],
        metavar='"Header=field"',
        help="read the column with this header as a field (or =ignore); repeat for more columns",
    )
    export = sub.add_parser("export", help="export data to a spreadsheet (CSV or XLSX)")
    export_sub = export.add_subparsers(dest="export_what", required=True, parser_class=_Parser)
    export_risks = export_sub.add_parser("risks", help="export the risk register; stdin: your password")
    export_risks.add_argument("--format", required=True, choices=["csv", "xlsx"])
    export_risks.add_argument("--out", type=Path, required=True, metavar="FILE")
    export_risks.add_argument("--force", action="store_true", help="replace an existing file")
    for p in (import_risks, export_risks):
        db_arg(p)
        p.add_argument("--user", required=True, metavar="NAME", help="your account")
    import_risks.set_defaults(func=cmd_import)
    export_risks.set_defaults(func=cmd_export)
    export_ics = export_sub.add_parser(
        "ics", help="export on-call shifts and due dates as an iCalendar (.ics) file; stdin: your password"
    )
    db_arg(export_ics)
    export_ics.add_argument("--out", type=Path, required=True, metavar="FILE")
    export_ics.add_argument("--from", dest="start", type=_day, metavar="D", help="first day (default today)")
    export_ics.add_argument(
        "--to", dest="end", type=_day, metavar="D", help=f"last day (default {ICS_DEFAULT_DAYS} days on)"
    )
    export_ics.add_argument("--user", required=True, metavar="NAME", help="your account")
    export_ics.add_argument("--member", type=int, metavar="ID", help="only this on-call member's own shifts")
    export_ics.add_argument("--zone", default="UTC", metavar="TZ", help="IANA zone of the days (default UTC)")
    export_ics.add_argument("--force", action="store_true", help="replace an existing file (a re-export)")
    export_ics.set_defaults(func=cmd_export_ics)
    export_hours = export_sub.add_parser(
        "hours", help="export on-call hours per person, role and month (allowances); stdin: your password"
    )
    db_arg(export_hours)
    export_hours.add_argument("--out", type=Path, required=True, metavar="FILE")
    export_hours.add_argument("--from", dest="first", type=_month_arg, required=True, metavar="YYYY-MM")
    export_hours.add_argument("--to", dest="last", type=_month_arg, required=True, metavar="YYYY-MM")
    export_hours.add_argument("--format", choices=["csv", "xlsx"], default="csv")
    export_hours.add_argument(
        "--tz", default="UTC", metavar="ZONE", help="IANA zone of the months (default UTC)"
    )
    export_hours.add_argument("--user", required=True, metavar="NAME", help="your account")
    export_hours.add_argument("--force", action="store_true", help="replace an existing file")
    export_hours.set_defaults(func=cmd_export_hours)

    report = sub.add_parser("report", help="generate a PDF report")
    report_sub = report.add_subparsers(dest="report_what", required=True, parser_class=_Parser)
    report_incident = report_sub.add_parser(
        "incident",
        help="the summary of one incident as PDF (internal or board version); stdin: your password",
    )
    report_incident.add_argument("code", metavar="CODE", help="the incident code, e.g. INC-2026-0042")
    db_arg(report_incident)
    report_incident.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    report_incident.add_argument("--audience", choices=["internal", "board"], required=True)
    report_incident.add_argument("--user", required=True, metavar="NAME", help="your account")
    report_incident.add_argument("--paper", choices=["A4", "Letter"], default="A4")
    report_incident.add_argument("--language", choices=["en", "zh_TW", "zh_CN"], default="en")
    report_incident.add_argument(
        "--zone", default="UTC", metavar="TZ", help="IANA zone of the times (default UTC)"
    )
    report_incident.add_argument(
        "--identify-people",
        action="store_true",
        help="internal version only: print names and employee numbers (audited)",
    )
    report_incident.add_argument("--force", action="store_true", help="replace an existing file")
    report_incident.set_defaults(func=cmd_report_incident)
    report_board = report_sub.add_parser(
        "board", help="the de-identified board report for a period as PDF; stdin: your password"
    )
    db_arg(report_board)
    report_board.add_argument("--from", dest="first", type=_day, required=True, metavar="YYYY-MM-DD")
    report_board.add_argument("--to", dest="last", type=_day, required=True, metavar="YYYY-MM-DD")
    report_board.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    report_board.add_argument("--user", required=True, metavar="NAME", help="your account")
    report_board.add_argument("--paper", choices=["A4", "Letter"], default="A4")
    report_board.add_argument("--language", choices=["en", "zh_TW", "zh_CN"], default="en")
    report_board.add_argument(
        "--zone", default="UTC", metavar="TZ", help="IANA zone of the period's days and times (default UTC)"
    )
    report_board.add_argument("--force", action="store_true", help="replace an existing file")
    report_board.set_defaults(func=cmd_report_board)
    report_drill = report_sub.add_parser(
        "drill", help="one drill's after-action report and improvement plan as PDF; stdin: your password"
    )
    report_drill.add_argument("code", metavar="CODE", help="the drill code, e.g. DR-2026-004")
    db_arg(report_drill)
    report_drill.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    report_drill.add_argument("--user", required=True, metavar="NAME", help="your account")
    report_drill.add_argument("--paper", choices=["A4", "Letter"], default="A4")
    report_drill.add_argument("--language", choices=["en", "zh_TW", "zh_CN"], default="en")
    report_drill.add_argument(
        "--zone", default="UTC", metavar="TZ", help="IANA zone of the times (default UTC)"
    )
    report_drill.add_argument("--force", action="store_true", help="replace an existing file")
    report_drill.set_defaults(func=cmd_report_drill)
    return parser


_STATUS: tuple[tuple[type[BaseException], int], ...] = (
    (AuthenticationFailed, EXIT_AUTH),
    (PermissionDenied, EXIT_AUTH),
    (PassphraseRequired, EXIT_KEY),
    (KeyMissing, EXIT_KEY),
    (WrongKey, EXIT_KEY),
    (KeyringUnavailable, EXIT_KEY),
    (DatabaseLocked, EXIT_KEY),
    (DatabaseExists, EXIT_USAGE),
    (NotADatabase, EXIT_USAGE),
    (NewerSchema, EXIT_USAGE),
    (InvalidInput, EXIT_USAGE),
    (BackupInvalid, EXIT_FAILED),
    (DatabaseDamaged, EXIT_FAILED),
    (StorageError, EXIT_FAILED),
    (ServiceError, EXIT_FAILED),
)


def status_for(error: BaseException) -> int:
    return next(status for kind, status in _STATUS if isinstance(error, kind))


def main(argv: list[str] | None = None, stdin: TextIO | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["gui", *(argv or [])])
    handler: Callable[[argparse.Namespace, Secrets], int] = args.func
    try:
        return handler(args, Secrets(stdin or sys.stdin))
    except CliExit as error:
        print(f"eapdesk: {error}", file=sys.stderr)
        return error.status
    except (ServiceError, StorageError) as error:
        print(f"eapdesk: {error}", file=sys.stderr)
        return status_for(error)
    except KeyboardInterrupt:
        print("eapdesk: interrupted; nothing further was changed.", file=sys.stderr)
        return 130
