"""The risk register: risks, reviews, history, links to incidents, sources and the scoring policy.

Access. Everyone reads the register (``RISK_VIEW``; it holds no personal data, so hr_manager sees
it whole). Editing, reviewing and importing are casework (``RISK_EDIT``, ``RISK_REVIEW``,
``RISK_IMPORT``), and the office policy ``risk.counsellors_may_edit`` (default 1) can take them
away from counsellors: such a refusal raises ``PermissionDenied`` and is audited as
``access.denied`` like every other. Sources are admin-only (``RISK_SOURCES_EDIT``), and so are the
bands and cadence (``POLICY_UPDATE``).

No personal data. The register is read by HR and printed for the board, so its free text must not
name people; ``name_warnings`` compares a risk's text with every person's name the database holds
(account full names, people linked to incidents and their emergency contacts) and warns, naming
the field and never the name. A save still goes through: the warning is advice, and only a person
can tell "Li Wei" the employee from "Li Wei" the supplier.

History. The risks table holds the register as it stands; every change of a risk's scores, status,
title, source or owner writes a snapshot (``risk_history``) effective on the day (a review's on
its review date), so the register can be rebuilt as of any date. The current row always equals
the risk's latest snapshot: a review dated before a later snapshot is kept in the history and the
reviews but does not overwrite the current scores.

Audit entries name codes, field names, statuses and levels, never the text typed.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlcipher3

from app.domain import risk_history
from app.domain.crisis_roles import ROLE_LABELS, CrisisRole
from app.domain.name_mentions import NameIndex
from app.domain.risk_history import LevelTrendPoint, ScorePoint
from app.domain.risk_input import (
    SOURCE_MAX,
    SOURCE_PATTERN,
    RiskInput,
    RiskReviewInput,
    normalised_review,
    normalised_risk,
)
from app.domain.risks import (
    LevelBands,
    ReviewCadence,
    RiskLevel,
    RiskRuleError,
    RiskScores,
    RiskSnapshot,
    RiskStatus,
    ScoreBasis,
    SnapshotKind,
    review_overdue,
)
from app.domain.roles import Operation, Role
from app.domain.text_input import Problem, clean_line
from app.services import audit as audit_service
from app.services.access import AccessPolicy
from app.services.errors import InvalidInput, PermissionDenied
from app.services.policy import (
    RISK_BAND_LOW_MAX,
    RISK_BAND_MEDIUM_MAX,
    RISK_COUNSELLORS_MAY_EDIT,
    RISK_REVIEW_DAYS_HIGH,
    RISK_REVIEW_DAYS_LOW,
    RISK_REVIEW_DAYS_MEDIUM,
    PolicyService,
)
from app.services.session import Session
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.database import Database
from app.storage.errors import StorageError
from app.storage.incidents_repository import IncidentsRepository
from app.storage.meta_repository import PolicyRepository
from app.storage.risks_repository import (
    RiskRecord,
    RiskReviewRow,
    RiskRow,
    RisksRepository,
    SnapshotRow,
    SourceRow,
)
from app.storage.users_repository import UsersRepository

SOURCE_LABEL_MAX = 100
DUE_RANGE_MAX_DAYS = 3 * 366
# The fields whose text is checked for people's names.
TEXT_FIELDS = ("title", "description", "category", "owner_title", "controls", "treatment", "actions")
# A change to any of these writes a snapshot: they are what a past register shows.
_SNAPSHOT_FIELDS = (
    "likelihood",
    "impact",
    "residual_likelihood",
    "residual_impact",
    "status",
    "title",
    "source",
    "owner_role",
    "owner_user_id",
    "owner_title",
)
_EDITABLE_FIELDS = (
    "code",
    "title",
    "description",
    "source",
    "category",
    "owner_role",
    "owner_user_id",
    "owner_title",
    "likelihood",
    "impact",
    "residual_likelihood",
    "residual_impact",
    "controls",
    "treatment",
    "actions",
    "status",
    "next_review_on",
)
# Names are read again after this many seconds: an import checks thousands of rows against one read.
NAME_INDEX_SECONDS = 5.0


class RiskInputInvalid(InvalidInput):
    """Risk input that breaks a rule; ``problems`` lists every field (for a form). Nothing was saved."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in self.problems) or "invalid input")


class RiskNotFound(InvalidInput):
    """The risk a request names does not exist."""


# -- what callers receive ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RiskView:
    """A risk as it stands now, with its labels and levels under the office's bands."""

    id: int
    code: str
    title: str
    description: str
    source: str
    source_label: str  # English; the UI picks its language from the sources list
    category: str
    owner_role: CrisisRole | None
    owner_user_id: int | None
    owner_title: str | None
    owner_label: str  # role label / account display name / position, English
    scores: RiskScores
    inherent_score: int
    residual_score: int | None
    level: RiskLevel
    residual_level: RiskLevel | None
    controls: str
    treatment: str
    actions: str
    status: RiskStatus
    next_review_on: date | None
    last_reviewed_on: date | None
    created_at: datetime
    updated_at: datetime
    linked_incident_codes: tuple[str, ...] = ()

    def is_overdue(self, today: date) -> bool:
        """Active and its next review date has passed."""
        return review_overdue(self.status, self.next_review_on, today)

    def level_on(self, basis: ScoreBasis) -> RiskLevel:
        """The level on ``basis``; a risk without residual scores keeps its inherent level."""
        if basis is ScoreBasis.RESIDUAL and self.residual_level is not None:
            return self.residual_level
        return self.level

    def __repr__(self) -> str:
        return f"RiskView(id={self.id}, code={self.code!r}, status={self.status.value})"


@dataclass(frozen=True, slots=True)
class RiskReviewView:
    id: int
    risk_id: int
    reviewed_on: date
    reviewer: str  # the reviewer's display name ("" when the account is gone)
    scores: RiskScores
    status: RiskStatus
    comment: str
    created_at: datetime

    def __repr__(self) -> str:
        return f"RiskReviewView(id={self.id}, risk_id={self.risk_id}, reviewed_on={self.reviewed_on})"


@dataclass(frozen=True, slots=True)
class RiskDetail:
    risk: RiskView
    reviews: tuple[RiskReviewView, ...]  # newest first
    history: tuple[RiskSnapshot, ...]  # in the order written

    def __repr__(self) -> str:
        return f"RiskDetail(risk_id={self.risk.id}, reviews={len(self.reviews)})"


@dataclass(frozen=True, slots=True)
class RiskSaved:
    """A saved risk and advice about it (e.g. that a text may name a person; never the name)."""

    risk: RiskView
    warnings: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"RiskSaved(risk_id={self.risk.id}, warnings={len(self.warnings)})"


@dataclass(frozen=True, slots=True)
class RiskSourceView:
    code: str
    label_en: str
    label_zh_tw: str
    label_zh_cn: str
    active: bool
    position: int


@dataclass(frozen=True, slots=True)
class ScoringPolicy:
    bands: LevelBands
    cadence: ReviewCadence


# -- helpers ------------------------------------------------------------------------------------------


def local_today(now: datetime) -> date:
    """The calendar date at this workstation: what "today" means to the person at the desk."""
    return now.astimezone().date()


# Stored text -> member, and one RiskScores per pair of pairs: the whole history (40,000 snapshots
# at 2,000 risks) is converted on every load, so these lookups replace enum calls and allocations.
_STATUSES = {s.value: s for s in RiskStatus}
_KINDS = {k.value: k for k in SnapshotKind}
_ROLE_LABELS = {role.value: labels[0] for role, labels in ROLE_LABELS.items()}
_SCORES: dict[tuple[int, int, int | None, int | None], RiskScores] = {}


def _scores_of(row: RiskRow | SnapshotRow | RiskReviewRow) -> RiskScores:
    key = (row.likelihood, row.impact, row.residual_likelihood, row.residual_impact)
    found = _SCORES.get(key)
    if found is None:
        found = _SCORES[key] = RiskScores(*key)
    return found


class _Labels:
    """Owner and source labels for one read (accounts and sources looked up once, owners memoised)."""

    def __init__(self, db: Database, sources: Iterable[SourceRow]) -> None:
        self.accounts = {u.id: u.display_name or u.username for u in UsersRepository(db).all()}
        self.sources = {s.code: s.label_en for s in sources}
        self._owners: dict[tuple[str | None, int | None, str | None], str] = {}

    def owner(self, role: str | None, user_id: int | None, title: str | None) -> str:
        key = (role, user_id, title)
        found = self._owners.get(key)
        if found is None:
            if role is not None:
                found = _ROLE_LABELS.get(role, role)
            elif user_id is not None:
                found = self.accounts.get(user_id, f"#{user_id}")
            else:
                found = title or ""
            self._owners[key] = found
        return found


# -- the service --------------------------------------------------------------------------------------


class RiskService:
    def __init__(self, db: Database, policy: AccessPolicy) -> None:
        self._db = db
        self._policy = policy
        self._repo = RisksRepository(db)
        self._settings = PolicyService(db, policy)
        self._name_index: dict[bool, tuple[float, NameIndex]] = {}
        # Converted snapshots (see _known_snapshots), valid while history_version is unchanged.
        self._known: tuple[tuple[object, ...], dict[int, RiskSnapshot]] | None = None
        self._history: tuple[tuple[object, ...], tuple[RiskSnapshot, ...]] | None = None

    # -- access ---------------------------------------------------------------------------------

    def _counsellors_may_edit(self) -> bool:
        return self._settings.value(RISK_COUNSELLORS_MAY_EDIT) == 1

    def _require_change(self, session: Session, operation: Operation) -> None:
        """The role check, then the office policy that may keep counsellors out (refusal audited)."""
        self._policy.require(session, operation)
        if session.role is Role.COUNSELLOR and not self._counsellors_may_edit():
            with contextlib.suppress(StorageError):
                audit_service.record(
                    self._db,
                    [
                        AuditEvent(
                            session.username,
                            "access.denied",
                            "operation",
                            operation.value,
                            {"role": session.role.value, "policy": RISK_COUNSELLORS_MAY_EDIT.key},
                        )
                    ],
                )
            raise PermissionDenied(
                f"Your role ({session.role.value}) may not do this ({operation.value}): the office "
                "lets only administrators change the risk register."
            )

    def can_edit(self, session: Session) -> bool:
        """Whether this session may edit, review and import risks (role and office policy)."""
        self._policy.require(session, Operation.RISK_VIEW)
        if not self._policy.allows(session.role, Operation.RISK_EDIT):
            return False
        return session.role is not Role.COUNSELLOR or self._counsellors_may_edit()

    # -- scoring policy ---------------------------------------------------------------------------

    def scoring_policy(self) -> ScoringPolicy:
        """The office's bands and cadence; stored values that no longer fit together give the defaults."""
        value = self._settings.value
        try:
            bands = LevelBands(value(RISK_BAND_LOW_MAX), value(RISK_BAND_MEDIUM_MAX))
        except RiskRuleError:
            bands = LevelBands()
        try:
            cadence = ReviewCadence(
                value(RISK_REVIEW_DAYS_HIGH), value(RISK_REVIEW_DAYS_MEDIUM), value(RISK_REVIEW_DAYS_LOW)
            )
        except RiskRuleError:
            cadence = ReviewCadence()
        return ScoringPolicy(bands, cadence)

    def set_scoring_policy(
        self, session: Session, policy: ScoringPolicy, *, now: datetime | None = None
    ) -> ScoringPolicy:
        """Store new bands and cadence together (one audit entry with the numbers)."""
        self._policy.require(session, Operation.POLICY_UPDATE)
        if not isinstance(policy, ScoringPolicy):
            raise InvalidInput("A scoring policy (bands and cadence) is needed.")
        try:
            bands = LevelBands(policy.bands.low_max, policy.bands.medium_max)
            cadence = ReviewCadence(
                policy.cadence.high_days, policy.cadence.medium_days, policy.cadence.low_days
            )
        except (RiskRuleError, TypeError) as error:
            raise InvalidInput(
                str(error) if isinstance(error, RiskRuleError) else "Bands and cadence are whole numbers."
            ) from None
        checked = ScoringPolicy(bands, cadence)
        if checked == self.scoring_policy():
            return checked
        values = {
            RISK_BAND_LOW_MAX: bands.low_max,
            RISK_BAND_MEDIUM_MAX: bands.medium_max,
            RISK_REVIEW_DAYS_HIGH: cadence.high_days,
            RISK_REVIEW_DAYS_MEDIUM: cadence.medium_days,
            RISK_REVIEW_DAYS_LOW: cadence.low_days,
        }
        for setting, number in values.items():
            if (
                isinstance(number, bool)
                or not isinstance(number, int)
                or not setting.minimum <= number <= setting.maximum
            ):
                raise InvalidInput(f"{setting.key} must be between {setting.minimum} and {setting.maximum}.")
        now = now or utc_now()
        with self._db.transaction() as conn:
            for setting, number in values.items():
                PolicyRepository.put(conn, setting.key, str(number), session.username, now)
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "policy.risk_scoring_updated",
                        "policy",
                        "risk",
                        {setting.key: number for setting, number in values.items()},
                    )
                ],
                now,
            )
        return checked

    # -- views ----------------------------------------------------------------------------------

    def _labels(self) -> _Labels:
        return _Labels(self._db, self._repo.sources())

    def _view(self, row: RiskRow, labels: _Labels, bands: LevelBands, links: tuple[str, ...]) -> RiskView:
        scores = _scores_of(row)
        residual = scores.residual_score
        return RiskView(
            id=row.id,
            code=row.code,
            title=row.title,
            description=row.description,
            source=row.source,
            source_label=labels.sources.get(row.source, row.source),
            category=row.category,
            owner_role=CrisisRole(row.owner_role)
            if row.owner_role in CrisisRole._value2member_map_
            else None,
            owner_user_id=row.owner_user_id,
            owner_title=row.owner_title,
            owner_label=labels.owner(row.owner_role, row.owner_user_id, row.owner_title),
            scores=scores,
            inherent_score=scores.inherent_score,
            residual_score=residual,
            level=bands.level_for(scores.inherent_score),
            residual_level=bands.level_for(residual) if residual is not None else None,
            controls=row.controls,
            treatment=row.treatment,
            actions=row.actions,
            status=RiskStatus(row.status),
            next_review_on=row.next_review_on,
            last_reviewed_on=row.last_reviewed_on,
            created_at=row.created_at,
            updated_at=row.updated_at,
            linked_incident_codes=links,
        )

    def _views(self, rows: Iterable[RiskRow]) -> tuple[RiskView, ...]:
        labels, bands = self._labels(), self.scoring_policy().bands
        links: dict[int, list[str]] = {}
        for link in self._repo.links():
            links.setdefault(link.risk_id, []).append(link.incident_code)
        return tuple(self._view(r, labels, bands, tuple(links.get(r.id, ()))) for r in rows)

    def _one_view(self, risk_id: int) -> RiskView:
        row = self._require_row(risk_id)
        links = tuple(link.incident_code for link in self._repo.links(row.id))
        return self._view(row, self._labels(), self.scoring_policy().bands, links)

    @staticmethod
    def _snapshot(row: SnapshotRow, labels: _Labels) -> RiskSnapshot:
        # Positional, in RiskSnapshot's field order: thousands are built per as-of or history load.
        return RiskSnapshot(
            row.risk_id,
            row.code,
            row.title,
            row.source,
            labels.owner(row.owner_role, row.owner_user_id, row.owner_title),
            _STATUSES[row.status],
            _scores_of(row),
            row.effective_on,
            _KINDS[row.kind],
        )

    def _require_row(self, risk_id: object) -> RiskRow:
        row = self._repo.get(risk_id) if isinstance(risk_id, int) and not isinstance(risk_id, bool) else None
        if row is None:
            raise RiskNotFound("That risk does not exist.")
        return row

    # -- reading --------------------------------------------------------------------------------

    def list_risks(self, session: Session) -> tuple[RiskView, ...]:
        """The register as it stands, every status, by code (the UI filters with ``RiskFilter``)."""
        self._policy.require(session, Operation.RISK_VIEW)
        return self._views(self._repo.all_rows())

    def get(self, session: Session, risk_id: int) -> RiskDetail:
        self._policy.require(session, Operation.RISK_VIEW)
        risk = self._one_view(risk_id)
        labels = self._labels()
        reviews = tuple(
            RiskReviewView(
                id=r.id,
                risk_id=r.risk_id,
                reviewed_on=r.reviewed_on,
                reviewer=r.reviewer_display_name or r.reviewer_username or "",
                scores=_scores_of(r),
                status=RiskStatus(r.status),
                comment=r.comment,
                created_at=r.created_at,
            )
            for r in self._repo.reviews(risk.id)
        )
        history = tuple(self._snapshot(s, labels) for s in self._repo.snapshots(risk.id))
        return RiskDetail(risk, reviews, history)

    def snapshots(self, session: Session) -> tuple[RiskSnapshot, ...]:
        """The whole history, per risk in the order written: for as-of, compare and trends in memory."""
        self._policy.require(session, Operation.RISK_VIEW)
        version, known = self._known_snapshots()
        if self._history is not None and self._history[0] == version:
            return self._history[1]
        labels = self._labels()
        history = []
        for row in self._repo.snapshots():
            known[row.id] = snapshot = self._snapshot(row, labels)
            history.append(snapshot)
        self._history = (version, tuple(history))
        return self._history[1]

    def register_as_of(self, session: Session, when: date) -> dict[int, RiskSnapshot]:
        """The register as it stood on ``when`` (closed risks left out), read by one indexed query."""
        self._policy.require(session, Operation.RISK_VIEW)
        if isinstance(when, datetime) or not isinstance(when, date):
            raise RiskInputInvalid((Problem("when", "must be a date"),))
        _version, known = self._known_snapshots()
        if known:  # something is loaded: the ids may be all that is needed
            ids = self._repo.as_of_ids(when)
            if all(i in known for i in ids):
                return {known[i].risk_id: known[i] for i in ids}
        labels = self._labels()
        found = {}
        for row in self._repo.as_of(when):
            known[row.id] = snapshot = self._snapshot(row, labels)
            found[snapshot.risk_id] = snapshot
        return found

    def _known_snapshots(self) -> tuple[tuple[object, ...], dict[int, RiskSnapshot]]:
        """Snapshots already converted, by history id, while nothing they show has changed.

        A snapshot row never changes once written, but what it shows beside it can (a risk's code,
        an account's display name), so the whole cache goes when ``history_version`` moves. The
        register as of a date is then one query for ids: the as-of control redraws at once.
        """
        version = self._repo.history_version()
        cached = self._known
        if cached is None or cached[0] != version:
            cached = self._known = (version, {})
        return cached

    def level_trend(
        self, session: Session, dates: Sequence[date], basis: ScoreBasis = ScoreBasis.INHERENT
    ) -> tuple[LevelTrendPoint, ...]:
        self._policy.require(session, Operation.RISK_VIEW)
        if any(isinstance(d, datetime) or not isinstance(d, date) for d in dates):
            raise RiskInputInvalid((Problem("dates", "must all be dates"),))
        return risk_history.level_trend(
            self.snapshots(session), dates, self.scoring_policy().bands, ScoreBasis(basis)
        )

    def score_history(self, session: Session, risk_id: int) -> tuple[ScorePoint, ...]:
        self._policy.require(session, Operation.RISK_VIEW)
        row = self._require_row(risk_id)
        labels = self._labels()
        return risk_history.score_history(self._snapshot(s, labels) for s in self._repo.snapshots(row.id))

    def due_for_review(
        self, session: Session, first: date, last: date, *, now: datetime | None = None
    ) -> tuple[RiskView, ...]:
        """Active risks due for review from ``first`` to ``last`` (both included) or already overdue."""
        self._policy.require(session, Operation.RISK_VIEW)
        for name, value in (("first", first), ("last", last)):
            if isinstance(value, datetime) or not isinstance(value, date):
                raise RiskInputInvalid((Problem(name, "must be a date"),))
        if last < first:
            raise RiskInputInvalid((Problem("last", "cannot be before the first day"),))
        if (last - first).days > DUE_RANGE_MAX_DAYS:
            raise RiskInputInvalid((Problem("last", f"the period can be at most {DUE_RANGE_MAX_DAYS} days"),))
        today = local_today(now or utc_now())
        return self._views(self._repo.due_between(first, last, overdue_before=today))

    def sources(self, session: Session) -> tuple[RiskSourceView, ...]:
        self._policy.require(session, Operation.RISK_VIEW)
        return tuple(
            RiskSourceView(s.code, s.label_en, s.label_zh_tw, s.label_zh_cn, s.active, s.position)
            for s in self._repo.sources()
        )

    # -- names of people --------------------------------------------------------------------------

    def name_warnings(self, session: Session, texts: Mapping[str, str]) -> tuple[str, ...]:
        """One warning per field whose text contains a person's name from the database (never the name).

        Only a caller who may see people's identities is checked against the names of people linked
        to incidents: for anyone else (hr_manager) the answer would tell whether someone is in the
        counselling records, so only account names are used.
        """
        self._policy.require(session, Operation.RISK_VIEW)
        return self._name_warnings(session, texts)

    def _names(self, session: Session) -> NameIndex:
        people = self._policy.allows(session.role, Operation.PERSON_VIEW_CONFIDENTIAL)
        cached = self._name_index.get(people)
        if cached is not None and time.monotonic() - cached[0] < NAME_INDEX_SECONDS:
            return cached[1]
        index = NameIndex(self._repo.person_names(include_people=people))
        self._name_index[people] = (time.monotonic(), index)
        return index

    def _name_warnings(self, session: Session, texts: Mapping[str, object]) -> tuple[str, ...]:
        filled = {field: text for field, text in texts.items() if isinstance(text, str) and text.strip()}
        if not filled:
            return ()
        names = self._names(session)
        return tuple(
            f"The {field.replace('_', ' ')} may contain the name of a person in the database; "
            "the risk register should hold no personal data."
            for field, text in filled.items()
            if names.mentions(text)
        )

    # -- writing risks ----------------------------------------------------------------------------

    def _checked(self, data: RiskInput) -> RiskInput:
        cleaned, problems = normalised_risk(data)
        if problems:
            raise RiskInputInvalid(problems)
        return cleaned

    def _check_references(
        self, conn: sqlcipher3.Connection, data: RiskInput, current: RiskRow | None
    ) -> list[Problem]:
        problems: list[Problem] = []
        source = RisksRepository.source_in(conn, data.source)
        if source is None:
            problems.append(Problem("source", "there is no such source"))
        elif not source.active and (current is None or current.source != data.source):
            problems.append(Problem("source", "that source is retired"))
        if data.owner_user_id is not None and (
            current is None or current.owner_user_id != data.owner_user_id
        ):
            user = UsersRepository(self._db).by_id(data.owner_user_id)
            if user is None:
                problems.append(Problem("owner_user_id", "there is no such account"))
            elif user.disabled:
                problems.append(Problem("owner_user_id", "that account is disabled"))
        return problems

    def _default_next_review(self, scores: RiskScores, status: RiskStatus, on: date) -> date | None:
        if not status.is_active:
            return None
        policy = self.scoring_policy()
        return policy.cadence.next_review(policy.bands.level_for(scores.inherent_score), on)

    def create(self, session: Session, data: RiskInput, *, now: datetime | None = None) -> RiskSaved:
        """Add a risk (the next free code when none is given) with its first snapshot, effective today.

        No next review date given: the cadence of its inherent level, counted from today (the
        inherent level, not the residual one: until a review has confirmed the controls work, the
        more frequent review is the safer default).
        """
        self._require_change(session, Operation.RISK_EDIT)
        typed = self._checked(data)
        warnings = self._name_warnings(session, {f: getattr(typed, f) for f in TEXT_FIELDS})
        now = now or utc_now()
        today = local_today(now)
        scores = RiskScores(typed.likelihood, typed.impact, typed.residual_likelihood, typed.residual_impact)
        next_review = typed.next_review_on or self._default_next_review(scores, typed.status, today)
        with self._db.transaction() as conn:
            problems = self._check_references(conn, typed, None)
            code = typed.code
            if code is None:
                code = RisksRepository.next_code(conn)
            elif code in RisksRepository.codes(conn):
                problems.append(Problem("code", "another risk already has this code"))
            if problems:
                raise RiskInputInvalid(problems)
            record = RiskRecord.from_input(
                typed, code=code, next_review_on=next_review, user_id=session.user_id
            )
            risk_id = RisksRepository.insert(conn, record, now)
            RisksRepository.insert_snapshot(
                conn,
                risk_id,
                record,
                effective_on=today,
                kind=SnapshotKind.CREATED.value,
                now=now,
                user_id=session.user_id,
            )
            detail: dict[str, Any] = {
                "code": code,
                "source": typed.source,
                "status": typed.status.value,
                "score": scores.inherent_score,
            }
            if warnings:
                detail["name_warnings"] = len(warnings)
            AuditRepository.append(
                conn, [AuditEvent(session.username, "risk.created", "risk", str(risk_id), detail)], now
            )
        return RiskSaved(self._one_view(risk_id), warnings)

    def update(
        self, session: Session, risk_id: int, data: RiskInput, *, now: datetime | None = None
    ) -> RiskSaved:
        """Replace a risk's fields; a change of scores, status, title, source or owner writes a snapshot
        effective today. ``code`` None keeps the code; ``next_review_on`` None keeps the stored date
        (or sets one from the cadence if there is none and the risk is active)."""
        self._require_change(session, Operation.RISK_EDIT)
        typed = self._checked(data)
        now = now or utc_now()
        today = local_today(now)
        with self._db.transaction() as conn:
            row = RisksRepository.get_in(conn, risk_id) if isinstance(risk_id, int) else None
            if row is None:
                raise RiskNotFound("That risk does not exist.")
            problems = self._check_references(conn, typed, row)
            code = typed.code if typed.code is not None else row.code
            if code != row.code and code in RisksRepository.codes(conn):
                problems.append(Problem("code", "another risk already has this code"))
            if problems:
                raise RiskInputInvalid(problems)
            scores = RiskScores(
                typed.likelihood, typed.impact, typed.residual_likelihood, typed.residual_impact
            )
            next_review = typed.next_review_on or row.next_review_on
            if next_review is None:
                next_review = self._default_next_review(scores, typed.status, today)
            record = RiskRecord.from_input(
                typed,
                code=code,
                next_review_on=next_review,
                last_reviewed_on=row.last_reviewed_on,
                user_id=session.user_id,
            )
            changed = [name for name in _EDITABLE_FIELDS if getattr(record, name) != getattr(row, name)]
            warnings = self._name_warnings(
                session, {f: getattr(typed, f) for f in TEXT_FIELDS if getattr(typed, f) != getattr(row, f)}
            )
            if changed:
                RisksRepository.update(conn, row.id, record, now)
                if any(name in _SNAPSHOT_FIELDS for name in changed):
                    RisksRepository.insert_snapshot(
                        conn,
                        row.id,
                        record,
                        effective_on=today,
                        kind=SnapshotKind.EDITED.value,
                        now=now,
                        user_id=session.user_id,
                    )
                detail: dict[str, Any] = {"code": code, "fields": sorted(changed)}
                if "code" in changed:
                    detail["from_code"] = row.code
                if "status" in changed:
                    detail.update({"from": row.status, "to": record.status})
                if warnings:
                    detail["name_warnings"] = len(warnings)
                AuditRepository.append(
                    conn, [AuditEvent(session.username, "risk.updated", "risk", str(row.id), detail)], now
                )
        return RiskSaved(self._one_view(risk_id), warnings)

    def record_review(
        self, session: Session, risk_id: int, data: RiskReviewInput, *, now: datetime | None = None
    ) -> RiskSaved:
        """Record a review in one step: the review row, a snapshot effective on the review date and the
        next review date (from the cadence of the level found, when none is given; none once closed)."""
        self._require_change(session, Operation.RISK_REVIEW)
        now = now or utc_now()
        today = local_today(now)
        typed, problems = normalised_review(data, today)
        if problems:
            raise RiskInputInvalid(problems)
        warnings = self._name_warnings(session, {"comment": typed.comment})
        scores = RiskScores(typed.likelihood, typed.impact, typed.residual_likelihood, typed.residual_impact)
        status = RiskStatus(typed.status)
        next_review = typed.next_review_on or self._default_next_review(scores, status, typed.reviewed_on)
        with self._db.transaction() as conn:
            row = RisksRepository.get_in(conn, risk_id) if isinstance(risk_id, int) else None
            if row is None:
                raise RiskNotFound("That risk does not exist.")
            latest = RisksRepository.latest_snapshot_in(conn, row.id)
            current = latest is None or typed.reviewed_on >= latest.effective_on
            reviewed = row.record(
                likelihood=scores.likelihood,
                impact=scores.impact,
                residual_likelihood=scores.residual_likelihood,
                residual_impact=scores.residual_impact,
                status=status.value,
                next_review_on=next_review,
                last_reviewed_on=max(filter(None, (row.last_reviewed_on, typed.reviewed_on))),
                user_id=session.user_id,
            )
            history_id = RisksRepository.insert_snapshot(
                conn,
                row.id,
                reviewed,
                effective_on=typed.reviewed_on,
                kind=SnapshotKind.REVIEWED.value,
                now=now,
                user_id=session.user_id,
            )
            RisksRepository.insert_review(
                conn,
                row.id,
                reviewed_on=typed.reviewed_on,
                reviewer_user_id=session.user_id,
                likelihood=scores.likelihood,
                impact=scores.impact,
                residual_likelihood=scores.residual_likelihood,
                residual_impact=scores.residual_impact,
                status=status.value,
                comment=typed.comment,
                next_review_on=next_review,
                history_id=history_id,
                now=now,
            )
            if current:
                RisksRepository.update(conn, row.id, reviewed, now)
            else:  # an older review: history only, but the review date still counts
                RisksRepository.update(
                    conn,
                    row.id,
                    row.record(last_reviewed_on=reviewed.last_reviewed_on, user_id=session.user_id),
                    now,
                )
            detail: dict[str, Any] = {
                "code": row.code,
                "reviewed_on": typed.reviewed_on.isoformat(),
                "status": status.value,
                "score": scores.inherent_score,
                "next_review_on": next_review.isoformat() if next_review else None,
                "current": current,
            }
            if warnings:
                detail["name_warnings"] = len(warnings)
            AuditRepository.append(
                conn, [AuditEvent(session.username, "risk.reviewed", "risk", str(row.id), detail)], now
            )
        return RiskSaved(self._one_view(risk_id), warnings)

    # -- links to incidents -----------------------------------------------------------------------

    def _incident_id(self, incident_code: object) -> tuple[int, str]:
        code = incident_code.strip().upper() if isinstance(incident_code, str) else ""
        incident = IncidentsRepository(self._db).by_code(code) if code else None
        if incident is None:
            raise RiskInputInvalid((Problem("incident_code", "there is no incident with this code"),))
        return incident.id, incident.code

    def link_incident(
        self, session: Session, risk_id: int, incident_code: str, *, now: datetime | None = None
    ) -> RiskView:
        """Link an incident (or a drill, an incident flagged as one) that bears on the risk."""
        self._require_change(session, Operation.RISK_EDIT)
        row = self._require_row(risk_id)
        incident_id, code = self._incident_id(incident_code)
        now = now or utc_now()
        with self._db.transaction() as conn:
            if RisksRepository.insert_link(conn, row.id, incident_id, now, session.user_id):
                AuditRepository.append(
                    conn,
                    [
                        AuditEvent(
                            session.username,
                            "risk.linked",
                            "risk",
                            str(row.id),
                            {"code": row.code, "incident": code},
                        )
                    ],
                    now,
                )
        return self._one_view(row.id)

    def unlink_incident(
        self, session: Session, risk_id: int, incident_code: str, *, now: datetime | None = None
    ) -> RiskView:
        self._require_change(session, Operation.RISK_EDIT)
        row = self._require_row(risk_id)
        incident_id, code = self._incident_id(incident_code)
        now = now or utc_now()
        with self._db.transaction() as conn:
            if not RisksRepository.delete_link(conn, row.id, incident_id):
                raise RiskInputInvalid((Problem("incident_code", "this incident is not linked to the risk"),))
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "risk.unlinked",
                        "risk",
                        str(row.id),
                        {"code": row.code, "incident": code},
                    )
                ],
                now,
            )
        return self._one_view(row.id)

    # -- sources ----------------------------------------------------------------------------------

    @staticmethod
    def _labels_of(label_en: object, label_zh_tw: object, label_zh_cn: object) -> tuple[str, str, str]:
        """Checked labels; an empty Chinese label takes the English one (every language shows something)."""
        problems: list[Problem] = []
        en = clean_line("label_en", label_en, problems, maximum=SOURCE_LABEL_MAX, required=True)
        tw = clean_line("label_zh_tw", label_zh_tw, problems, maximum=SOURCE_LABEL_MAX)
        cn = clean_line("label_zh_cn", label_zh_cn, problems, maximum=SOURCE_LABEL_MAX)
        if problems:
            raise RiskInputInvalid(problems)
        return en, tw or en, cn or en

    def add_source(
        self,
        session: Session,
        code: str,
        label_en: str,
        label_zh_tw: str = "",
        label_zh_cn: str = "",
        *,
        now: datetime | None = None,
    ) -> RiskSourceView:
        """Add a source at the end of the list (admin)."""
        self._policy.require(session, Operation.RISK_SOURCES_EDIT)
        problems: list[Problem] = []
        cleaned = clean_line("code", code, problems, maximum=SOURCE_MAX, required=True)
        if not problems and not SOURCE_PATTERN.fullmatch(cleaned):
            problems.append(Problem("code", "must be lower-case letters, digits and _"))
        if problems:
            raise RiskInputInvalid(problems)
        labels = self._labels_of(label_en, label_zh_tw, label_zh_cn)
        now = now or utc_now()
        with self._db.transaction() as conn:
            if RisksRepository.source_in(conn, cleaned) is not None:
                raise RiskInputInvalid((Problem("code", "a source with this code exists"),))
            RisksRepository.insert_source(conn, cleaned, labels, now=now, user_id=session.user_id)
            AuditRepository.append(
                conn, [AuditEvent(session.username, "risk_source.added", "risk_source", cleaned)], now
            )
        return self._source(cleaned)

    def update_source(
        self,
        session: Session,
        code: str,
        label_en: str,
        label_zh_tw: str = "",
        label_zh_cn: str = "",
        *,
        position: int | None = None,
        now: datetime | None = None,
    ) -> RiskSourceView:
        """Rename a source (and optionally move it in the list); risks keep their source code."""
        self._policy.require(session, Operation.RISK_SOURCES_EDIT)
        labels = self._labels_of(label_en, label_zh_tw, label_zh_cn)
        if position is not None and (
            isinstance(position, bool) or not isinstance(position, int) or position < 1
        ):
            raise RiskInputInvalid((Problem("position", "must be a whole number from 1"),))
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_source(conn, code)
            new_position = position if position is not None else row.position
            changed = [
                name
                for name, old, new in (
                    ("label_en", row.label_en, labels[0]),
                    ("label_zh_tw", row.label_zh_tw, labels[1]),
                    ("label_zh_cn", row.label_zh_cn, labels[2]),
                    ("position", row.position, new_position),
                )
                if old != new
            ]
            if changed:
                RisksRepository.update_source(
                    conn,
                    row.code,
                    labels=labels,
                    position=new_position,
                    active=row.active,
                    now=now,
                    user_id=session.user_id,
                )
                AuditRepository.append(
                    conn,
                    [
                        AuditEvent(
                            session.username,
                            "risk_source.updated",
                            "risk_source",
                            row.code,
                            {"fields": changed},
                        )
                    ],
                    now,
                )
        return self._source(row.code)

    def set_source_active(
        self, session: Session, code: str, active: bool, *, now: datetime | None = None
    ) -> RiskSourceView:
        """Retire a source (new risks can no longer use it; existing ones keep it) or bring it back."""
        self._policy.require(session, Operation.RISK_SOURCES_EDIT)
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_source(conn, code)
            if row.active != bool(active):
                RisksRepository.update_source(
                    conn,
                    row.code,
                    labels=(row.label_en, row.label_zh_tw, row.label_zh_cn),
                    position=row.position,
                    active=bool(active),
                    now=now,
                    user_id=session.user_id,
                )
                action = "risk_source.restored" if active else "risk_source.retired"
                AuditRepository.append(
                    conn, [AuditEvent(session.username, action, "risk_source", row.code)], now
                )
        return self._source(row.code)

    @staticmethod
    def _require_source(conn: sqlcipher3.Connection, code: object) -> SourceRow:
        row = RisksRepository.source_in(conn, code.strip()) if isinstance(code, str) else None
        if row is None:
            raise RiskInputInvalid((Problem("code", "there is no such source"),))
        return row

    def _source(self, code: str) -> RiskSourceView:
        row = next(s for s in self._repo.sources() if s.code == code)
        return RiskSourceView(
            row.code, row.label_en, row.label_zh_tw, row.label_zh_cn, row.active, row.position
        )
