"""Bringing an office's spreadsheet risk register in, and writing the register out again.

``preview`` reads the file and shows every row as it would be imported, with row-by-row problems
and warnings; nothing is written. ``apply`` writes a clean preview in one transaction (every risk,
its first history snapshot and one ``risk.imported`` audit entry naming only the count and the
file name), so an import is all or nothing. ``export`` writes the register under the canonical
English headers (``risk_columns.CANONICAL_HEADERS``), which re-import to the same register.

The column and value rules live in ``app.domain.risk_columns``; reading and writing the files in
``app.services.tabular_files``; the risk rules in ``app.domain.risk_input``.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from app.domain import risk_columns
from app.domain.crisis_roles import ROLE_LABELS, CrisisRole
from app.domain.risk_columns import (
    CANONICAL_HEADERS,
    FIELDS,
    Account,
    ColumnMapping,
    ImportContext,
    ImportedRow,
    RowProblem,
    RowWarning,
    SourceNames,
)
from app.domain.risk_input import RiskInput, normalised_risk
from app.domain.risks import STATUS_NAMES, ReviewCadence, RiskScores, RiskStatus
from app.domain.roles import Operation
from app.services import audit as audit_service
from app.services.access import AccessPolicy
from app.services.errors import InvalidInput, PermissionDenied
from app.services.policy import RISK_COUNSELLORS_MAY_EDIT
from app.services.session import Session
from app.services.tabular_files import (
    EmptyFile,
    Table,
    collector_paused,
    read_table,
    write_csv,
    write_xlsx,
)
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.database import Database
from app.storage.errors import StorageError
from app.storage.risks_repository import CODE_PREFIX, RiskRecord, RiskRow, RisksRepository
from app.storage.users_repository import UsersRepository

if TYPE_CHECKING:
    from app.services.risks import RiskService

ExportFormat = Literal["csv", "xlsx"]
EXPORT_SHEET = "Risk register"
# Core's problem fields → the import field a user sees in the file.
_FIELD_OF_PROBLEM = {
    "owner_role": "owner",
    "owner_user_id": "owner",
    "owner_title": "owner",
    "residual": "residual_impact",
    "next_review_on": "next_review",
}


class RiskImportInvalid(InvalidInput):
    """The file has problems (header or rows); ``problems`` lists every one. Nothing was imported."""

    def __init__(self, problems: Sequence[RowProblem]) -> None:
        count = len(problems)
        super().__init__(
            f"The file has {count} problem{'s' if count != 1 else ''}; nothing was imported. "
            "Correct the rows listed and import it again."
        )
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One row as it will be imported: the risk (None when it cannot be built), its problems and warnings."""

    row_number: int
    risk: RiskInput | None
    last_reviewed_on: date | None
    problems: tuple[RowProblem, ...] = ()
    warnings: tuple[RowWarning, ...] = ()

    @property
    def ok(self) -> bool:
        return self.risk is not None and not self.problems

    def __repr__(self) -> str:
        return f"PreviewRow(row_number={self.row_number}, problems={len(self.problems)})"


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What ``apply`` would import, and everything wrong with it (header problems first)."""

    file_name: str
    kind: str
    sheet: str | None
    headers: tuple[str, ...]
    mapping: ColumnMapping
    rows: tuple[PreviewRow, ...]
    problems: tuple[RowProblem, ...]
    warnings: tuple[RowWarning, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    def __repr__(self) -> str:
        return (
            f"ImportPreview(file_name={self.file_name!r}, rows={len(self.rows)}, "
            f"problems={len(self.problems)}, warnings={len(self.warnings)})"
        )


@dataclass(frozen=True, slots=True)
class ImportResult:
    count: int
    codes: tuple[str, ...]


def _looks_like_register(sheet_name: str) -> bool:
    key = risk_columns.header_key(sheet_name)
    return any(word in key for word in ("risk", "register", "風險", "风险", "登記", "登记"))


def _local_today() -> date:
    return utc_now().astimezone().date()


def _texts_of(risk: RiskInput) -> dict[str, str]:
    """The free texts of a risk that should name no person, by import field."""
    texts = {
        name: getattr(risk, name) for name in ("title", "description", "controls", "treatment", "actions")
    }
    texts["owner"] = risk.owner_title or ""
    return {name: text for name, text in texts.items() if text}


def _cadence_date(parsed: ImportedRow, lookups: _Lookups) -> date | None:
    """No next review in the file: the office's cadence for the risk's inherent level (as the editor
    does), counted from the last review in the file, else from today; none for a closed risk."""
    if not parsed.status.is_active:
        return None
    level = lookups.context.bands.level_for((parsed.likelihood or 1) * (parsed.impact or 1))
    return lookups.cadence.next_review(level, parsed.last_reviewed or lookups.context.today)


@dataclass(frozen=True, slots=True)
class _Lookups:
    """What one preview reads rows against: the context, the cadence, sources and accounts not to use."""

    context: ImportContext
    cadence: ReviewCadence
    retired: frozenset[str]
    disabled: frozenset[int]


class RiskImportService:
    def __init__(self, db: Database, policy: AccessPolicy, risks: RiskService) -> None:
        self._db = db
        self._policy = policy
        self._risks = risks
        self._repo = RisksRepository(db)

    def _require_import(self, session: Session) -> None:
        """The role check, then the office policy (``RiskService.can_edit``); a refusal is audited."""
        self._policy.require(session, Operation.RISK_IMPORT)
        if not self._risks.can_edit(session):
            with contextlib.suppress(StorageError):
                audit_service.record(
                    self._db,
                    [
                        AuditEvent(
                            session.username,
                            "access.denied",
                            "operation",
                            Operation.RISK_IMPORT.value,
                            {"role": session.role.value, "policy": RISK_COUNSELLORS_MAY_EDIT.key},
                        )
                    ],
                )
            raise PermissionDenied(
                f"Your role ({session.role.value}) may not import risks: the office lets only "
                "administrators change the risk register."
            )

    # -- preview ----------------------------------------------------------------------------------

    def preview(
        self, session: Session, path: Path, mapping: Mapping[str, str] | None = None
    ) -> ImportPreview:
        """Every row of ``path`` as it would be imported; raises a ``TabularFileError`` for a file that
        is not a readable CSV/XLSX (empty, wrong type, too big). Writes nothing."""
        self._require_import(session)
        with collector_paused():  # tens of thousands of row objects, no cycles among them
            table = read_table(path, prefer_sheet=_looks_like_register)
            return self._preview_table(session, path.name, table, mapping)

    def _lookups(self) -> _Lookups:
        rows = self._repo.sources()
        sources = SourceNames({s.code: (s.label_en, s.label_zh_tw, s.label_zh_cn) for s in rows})
        retired = frozenset(s.code for s in rows if not s.active)
        users = UsersRepository(self._db).all()
        disabled = frozenset(u.id for u in users if u.disabled)
        accounts = tuple(Account(u.id, u.username, u.display_name) for u in users)
        policy = self._risks.scoring_policy()
        context = ImportContext(
            sources=sources,
            accounts=accounts,
            bands=policy.bands,
            existing_codes=frozenset(r.code for r in self._repo.all_rows()),
            today=_local_today(),
        )
        return _Lookups(context, policy.cadence, retired, disabled)

    def _preview_table(
        self, session: Session, file_name: str, table: Table, overrides: Mapping[str, str] | None
    ) -> ImportPreview:
        cells = [row.cells for row in table.rows]
        header_index = risk_columns.find_header_row(cells)
        header_row = table.rows[header_index]
        body = [(row.number, row.cells) for row in table.rows[header_index + 1 :]]
        if not body:
            raise EmptyFile(f"{file_name} has a header row but no risks below it.")
        mapping = risk_columns.match_headers(header_row.cells, overrides, header_row=header_row.number)
        lookups = self._lookups()
        unmapped = {p.field for p in mapping.problems}
        rows = []
        for parsed in risk_columns.parse_rows(mapping, body, lookups.context):
            rows.append(self._preview_row(parsed, lookups, unmapped))
        rows = self._with_name_warnings(session, rows)
        problems = (*mapping.problems, *(p for row in rows for p in row.problems))
        warnings = tuple(w for row in rows for w in row.warnings)
        return ImportPreview(
            file_name=file_name,
            kind=table.kind,
            sheet=table.sheet,
            headers=mapping.headers,
            mapping=mapping,
            rows=tuple(rows),
            problems=tuple(problems),
            warnings=warnings,
        )

    def _preview_row(
        self,
        parsed: ImportedRow,
        lookups: _Lookups,
        unmapped: set[str],
    ) -> PreviewRow:
        # A field without a column is one header problem, not one problem per row.
        problems = [p for p in parsed.problems if p.field not in unmapped]
        warnings = list(parsed.warnings)
        if parsed.source in lookups.retired:
            problems.append(RowProblem(parsed.row_number, "source", "that source is retired"))
        if parsed.owner is not None and parsed.owner.user_id in lookups.disabled:
            problems.append(RowProblem(parsed.row_number, "owner", "that account is disabled"))
        risk = None
        if (
            parsed.title
            and parsed.source is not None
            and parsed.owner is not None
            and parsed.likelihood is not None
            and parsed.impact is not None
        ):
            candidate = RiskInput(
                code=parsed.code,
                title=parsed.title,
                description=parsed.description,
                source=parsed.source,
                category=parsed.category,
                owner_role=parsed.owner.role,
                owner_user_id=parsed.owner.user_id,
                owner_title=parsed.owner.title,
                likelihood=parsed.likelihood,
                impact=parsed.impact,
                residual_likelihood=parsed.residual_likelihood,
                residual_impact=parsed.residual_impact,
                controls=parsed.controls,
                treatment=parsed.treatment,
                actions=parsed.actions,
                status=parsed.status,
                next_review_on=parsed.next_review or _cadence_date(parsed, lookups),
            )
            cleaned, rule_problems = normalised_risk(candidate)
            known = {p.field for p in problems}
            for problem in rule_problems:
                name = _FIELD_OF_PROBLEM.get(problem.field, problem.field)
                if name not in known:
                    problems.append(RowProblem(parsed.row_number, name, problem.message))
            risk = cleaned  # shown in the preview even when the row has problems (``ok`` is False then)
        return PreviewRow(parsed.row_number, risk, parsed.last_reviewed, tuple(problems), tuple(warnings))

    def _with_name_warnings(self, session: Session, rows: list[PreviewRow]) -> list[PreviewRow]:
        """Rows with a warning per text that names a person in the database.

        One check of each field over the whole file first (its distinct texts joined by line breaks:
        a register repeats its wording, so 10,000 rows hold a few hundred texts); only a field that
        warns there is checked text by text, each distinct text once. The joined check can only
        over-warn (a name across two texts), never miss one, and the text-by-text check decides.
        """
        texts: dict[str, dict[str, list[int]]] = {}
        for index, row in enumerate(rows):
            if row.risk is None or row.problems:
                continue
            for name, text in _texts_of(row.risk).items():
                texts.setdefault(name, {}).setdefault(text, []).append(index)
        flagged = [
            name
            for name, by_text in texts.items()
            if self._risks.name_warnings(session, {name: "\n".join(by_text)})
        ]
        extra: dict[int, list[RowWarning]] = {}
        for name in flagged:
            for text, indexes in texts[name].items():
                messages = self._risks.name_warnings(session, {name: text})
                for index in indexes:
                    extra.setdefault(index, []).extend(
                        RowWarning(rows[index].row_number, name, message) for message in messages
                    )
        return [
            dataclasses.replace(row, warnings=(*row.warnings, *extra[index])) if extra.get(index) else row
            for index, row in enumerate(rows)
        ]

    # -- apply ------------------------------------------------------------------------------------

    def apply(self, session: Session, preview: ImportPreview) -> ImportResult:
        """Write every row of a clean preview, all or nothing; codes are rechecked against the database
        inside the transaction (someone may have added a risk since the preview)."""
        self._require_import(session)
        if not preview.ok:
            raise RiskImportInvalid(preview.problems or (RowProblem(1, "file", "has no risks to import"),))
        now = utc_now()
        today = _local_today()
        with collector_paused(), self._db.transaction() as conn:
            existing = {code.casefold() for code in RisksRepository.codes(conn)}
            clashes = [
                RowProblem(row.row_number, "code", f"the register already has a risk {row.risk.code}")
                for row in preview.rows
                if row.risk is not None and row.risk.code is not None and row.risk.code.casefold() in existing
            ]
            if clashes:
                raise RiskImportInvalid(clashes)
            codes = self._codes(conn, preview)
            records = []
            for row, code in zip(preview.rows, codes, strict=True):
                assert row.risk is not None
                record = RiskRecord.from_input(
                    row.risk,
                    code=code,
                    next_review_on=row.risk.next_review_on,
                    last_reviewed_on=row.last_reviewed_on,
                    user_id=session.user_id,
                )
                records.append((record, row.last_reviewed_on or today))
            # Every risk and its first snapshot in two batched statements, not two per row.
            RisksRepository.insert_many_with_snapshots(
                conn, records, kind="imported", now=now, user_id=session.user_id
            )
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "risk.imported",
                        "risk",
                        "",
                        {"count": len(codes), "file": preview.file_name},
                    )
                ],
                now,
            )
        return ImportResult(len(codes), tuple(codes))

    @staticmethod
    def _codes(conn: object, preview: ImportPreview) -> list[str]:
        """The file's codes, and the next free ``R-nnn`` codes for rows without one (numbered past every
        code in use and in the file, so one query serves any number of rows)."""
        given = {row.risk.code for row in preview.rows if row.risk is not None and row.risk.code}
        first = RisksRepository.next_code(conn, set(given))  # type: ignore[arg-type]
        number = int(first.removeprefix(CODE_PREFIX))
        codes = []
        for row in preview.rows:
            assert row.risk is not None
            if row.risk.code:
                codes.append(row.risk.code)
                continue
            while (candidate := f"{CODE_PREFIX}{number:03d}") in given:
                number += 1
            codes.append(candidate)
            number += 1
        return codes

    # -- export -----------------------------------------------------------------------------------

    def export(self, session: Session, path: Path, fmt: ExportFormat) -> int:
        """Write the whole register (every status) to ``path`` as CSV or XLSX; returns the rows written.

        Values are written so that they re-import unchanged: numbers for the scales, English names for
        status and owner roles, the account's username for an account owner, the source's English
        label (its code when two sources share a label), ISO dates.
        """
        self._policy.require(session, Operation.RISK_EXPORT)
        if fmt not in ("csv", "xlsx"):
            raise InvalidInput("Export as csv or xlsx.")
        sources = self._repo.sources()
        labels = [s.label_en for s in sources]
        source_text = {s.code: s.label_en if labels.count(s.label_en) == 1 else s.code for s in sources}
        usernames = {u.id: u.username for u in UsersRepository(self._db).all()}
        rows = [_export_row(r, source_text, usernames) for r in self._repo.all_rows()]
        headers = [CANONICAL_HEADERS[name] for name in FIELDS]
        if fmt == "csv":
            count = write_csv(path, headers, rows)
        else:
            count = write_xlsx(path, headers, rows, sheet_title=EXPORT_SHEET)
        with self._db.transaction() as conn:
            AuditRepository.append(
                conn,
                [AuditEvent(session.username, "risk.exported", "risk", "", {"count": count, "format": fmt})],
                utc_now(),
            )
        return count


def _owner_text(row: RiskRow, usernames: Mapping[int, str]) -> str:
    if row.owner_role is not None:
        return ROLE_LABELS[CrisisRole(row.owner_role)][0]
    if row.owner_user_id is not None:
        return usernames.get(row.owner_user_id, str(row.owner_user_id))
    return row.owner_title or ""


def _export_row(
    row: RiskRow, source_text: Mapping[str, str], usernames: Mapping[int, str]
) -> list[str | int | date | datetime | None]:
    scores = RiskScores(row.likelihood, row.impact, row.residual_likelihood, row.residual_impact)
    values: dict[str, str | int | date | datetime | None] = {
        "code": row.code,
        "title": row.title,
        "description": row.description,
        "source": source_text.get(row.source, row.source),
        "category": row.category,
        "owner": _owner_text(row, usernames),
        "likelihood": row.likelihood,
        "impact": row.impact,
        "score": scores.inherent_score,
        "residual_likelihood": row.residual_likelihood,
        "residual_impact": row.residual_impact,
        "controls": row.controls,
        "treatment": row.treatment,
        "actions": row.actions,
        "status": STATUS_NAMES[RiskStatus(row.status)][0],
        "last_reviewed": row.last_reviewed_on,
        "next_review": row.next_review_on,
    }
    return [values[name] for name in FIELDS]
