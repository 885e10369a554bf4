"""Communication drafts of an incident, rendered from templates, and the templates themselves.

A draft keeps the template text as edited for this message, the values the user typed for its
placeholders and the rendering made when it was saved. Saving a draft with holes is fine (it is a
draft); the holes are listed. Approval (admin or counsellor) needs a complete rendering, and
editing an approved draft withdraws the approval. Only one external statement (統一對外口徑) stands
approved at a time: approving a new one supersedes the previous. "Sent" records when and how a
person sent it; the app sends nothing.

Drafts and templates are case text: hr_manager is refused altogether (``COMMUNICATION_VIEW``).
Reads of drafts are audited; audit entries name kinds, languages, states and ids, never text.
Admins may override the default templates; the overrides are stored and audited.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo

from app.domain.communication_templates import (
    DEFAULT_TEMPLATES,
    Channel,
    DraftState,
    Language,
    Rendering,
    TemplateInvalid,
    TemplateKind,
    check_template_text,
    check_values,
    default_template,
    render,
)
from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory, Problem
from app.domain.roles import Operation
from app.services import record_input as check
from app.services.access import AccessPolicy
from app.services.errors import InvalidInput
from app.services.incidents import existing_incident
from app.services.session import Session
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.communications_repository import (
    CommunicationsRepository,
    DraftContent,
    DraftRow,
    TemplateRow,
)
from app.storage.database import Database
from app.storage.incidents_repository import IncidentRow, IncidentsRepository


@dataclass(frozen=True, slots=True)
class TemplateView:
    kind: TemplateKind
    language: Language
    subject: str
    body: str
    overridden: bool  # an admin's stored version replaces the default
    updated_at: datetime | None
    updated_by: int | None

    def __repr__(self) -> str:
        return f"TemplateView({self.kind.value}, {self.language.value}, overridden={self.overridden})"


@dataclass(frozen=True, slots=True)
class DraftInput:
    """A draft as composed in the form: the template text (possibly edited) and the typed values."""

    kind: TemplateKind | str
    language: Language | str
    subject_template: str
    body_template: str
    values: Mapping[str, str]

    def __repr__(self) -> str:
        return f"DraftInput({self.kind!s}, {self.language!s})"


@dataclass(frozen=True, slots=True)
class DraftView:
    id: int
    incident_id: int
    kind: TemplateKind
    language: Language
    state: DraftState
    subject_template: str
    body_template: str
    values: Mapping[str, str]
    subject: str
    body: str
    missing: tuple[str, ...]  # placeholders unfilled or unknown when it was saved
    created_at: datetime
    created_by: int | None
    updated_at: datetime
    approved_at: datetime | None
    approved_by: int | None
    sent_at: datetime | None
    sent_channel: Channel | None
    sent_by: int | None

    @property
    def complete(self) -> bool:
        return not self.missing

    def __repr__(self) -> str:
        return f"DraftView(id={self.id}, kind={self.kind.value}, state={self.state.value})"


def _template_view(kind: TemplateKind, language: Language, row: TemplateRow | None) -> TemplateView:
    if row is None:
        base = default_template(kind, language)
        return TemplateView(kind, language, base.subject, base.body, False, None, None)
    return TemplateView(kind, language, row.subject, row.body, True, row.updated_at, row.updated_by)


def _draft_view(row: DraftRow) -> DraftView:
    return DraftView(
        id=row.id,
        incident_id=row.incident_id,
        kind=TemplateKind(row.kind),
        language=Language(row.language),
        state=DraftState(row.state),
        subject_template=row.subject_template,
        body_template=row.body_template,
        values=dict(row.values),
        subject=row.subject,
        body=row.body,
        missing=row.missing,
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        approved_at=row.approved_at,
        approved_by=row.approved_by,
        sent_at=row.sent_at,
        sent_channel=Channel(row.sent_channel) if row.sent_channel else None,
        sent_by=row.sent_by,
    )


def incident_values(incident: IncidentRow, language: Language, tz: tzinfo | None = None) -> dict[str, str]:
    """Placeholder values taken from the incident, in ``language`` (dates in ``tz``, default local)."""
    category = IncidentCategory(incident.category)
    grade = Grade(incident.grade)
    zh = language is Language.ZH

    def day(moment: datetime | None) -> str:
        if moment is None:
            return ""
        local = moment.astimezone(tz)
        return f"{local.year}年{local.month}月{local.day}日" if zh else local.strftime("%Y-%m-%d")

    values = {
        "incident_code": incident.code,
        "incident_title": incident.title,
        "category": category.label_zh if zh else category.label_en,
        "grade": f"{grade.value} {grade.label_zh if zh else grade.label_en}",
        "reported_date": day(incident.reported_at),
        "occurred_date": day(incident.occurred_at),
        "affected_count": str(incident.people_involved) if incident.people_involved else "",
    }
    return {name: value for name, value in values.items() if value}


class CommunicationService:
    def __init__(self, db: Database, policy: AccessPolicy) -> None:
        self._db = db
        self._policy = policy
        self._repo = CommunicationsRepository(db)
        self._incidents = IncidentsRepository(db)

    def _incident(self, incident_id: int) -> IncidentRow:
        return existing_incident(self._incidents, incident_id)

    @staticmethod
    def _kind_language(kind: object, language: object) -> tuple[TemplateKind, Language]:
        problems: list[Problem] = []
        k = check.choice("kind", TemplateKind, kind, problems)
        lang = check.choice("language", Language, language, problems)
        check.raise_if(problems)
        assert k is not None
        assert lang is not None
        return k, lang

    # -- templates --------------------------------------------------------------------------------

    def templates(self, session: Session) -> tuple[TemplateView, ...]:
        """Every template in force (the admin's override where there is one), kind by kind."""
        self._policy.require(session, Operation.COMMUNICATION_VIEW)
        overrides = {(t.kind, t.language): t for t in self._repo.template_overrides()}
        return tuple(
            _template_view(kind, language, overrides.get((kind.value, language.value)))
            for kind, language in DEFAULT_TEMPLATES
        )

    def template(self, session: Session, kind: TemplateKind | str, language: Language | str) -> TemplateView:
        self._policy.require(session, Operation.COMMUNICATION_VIEW)
        k, lang = self._kind_language(kind, language)
        return _template_view(k, lang, self._repo.template_override(k.value, lang.value))

    def set_template(
        self,
        session: Session,
        kind: TemplateKind | str,
        language: Language | str,
        subject: str,
        body: str,
        *,
        now: datetime | None = None,
    ) -> TemplateView:
        """Store an admin's version of a template; unknown placeholders are refused."""
        self._policy.require(session, Operation.COMMUNICATION_TEMPLATE_EDIT)
        k, lang = self._kind_language(kind, language)
        try:
            clean_subject, clean_body = check_template_text(subject, body)
        except TemplateInvalid as error:
            raise check.RecordInputInvalid(tuple(Problem(f, m) for f, m in error.problems)) from None
        now = now or utc_now()
        with self._db.transaction() as conn:
            CommunicationsRepository.put_template(
                conn, k.value, lang.value, clean_subject, clean_body, user_id=session.user_id, now=now
            )
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "communication.template_changed",
                        "communication_template",
                        f"{k.value}.{lang.value}",
                        {"kind": k.value, "language": lang.value},
                    )
                ],
                now,
            )
        return _template_view(k, lang, self._repo.template_override(k.value, lang.value))

    def reset_template(
        self,
        session: Session,
        kind: TemplateKind | str,
        language: Language | str,
        *,
        now: datetime | None = None,
    ) -> TemplateView:
        """Drop the admin's version: the shipped default is used again."""
        self._policy.require(session, Operation.COMMUNICATION_TEMPLATE_EDIT)
        k, lang = self._kind_language(kind, language)
        now = now or utc_now()
        with self._db.transaction() as conn:
            if CommunicationsRepository.delete_template(conn, k.value, lang.value):
                AuditRepository.append(
                    conn,
                    [
                        AuditEvent(
                            session.username,
                            "communication.template_reset",
                            "communication_template",
                            f"{k.value}.{lang.value}",
                            {"kind": k.value, "language": lang.value},
                        )
                    ],
                    now,
                )
        return _template_view(k, lang, None)

    # -- composing ----------------------------------------------------------------------------------

    def incident_values(
        self, session: Session, incident_id: int, language: Language | str, *, tz: tzinfo | None = None
    ) -> dict[str, str]:
        """The placeholder values the incident provides, for the fill-in form and the live preview."""
        self._policy.require(session, Operation.COMMUNICATION_VIEW)
        _kind, lang = self._kind_language(TemplateKind.INTERNAL_NOTICE, language)
        return incident_values(self._incident(incident_id), lang, tz)

    def preview(
        self, session: Session, incident_id: int, draft: DraftInput, *, tz: tzinfo | None = None
    ) -> Rendering:
        """The rendering a save would store, without saving (and without an audit entry)."""
        self._policy.require(session, Operation.COMMUNICATION_VIEW)
        _content, rendering = self._content(self._incident(incident_id), draft, tz)
        return rendering

    def _content(
        self, incident: IncidentRow, draft: DraftInput, tz: tzinfo | None
    ) -> tuple[DraftContent, Rendering]:
        if not isinstance(draft, DraftInput):
            raise InvalidInput("A draft needs its template and values.")
        kind, lang = self._kind_language(draft.kind, draft.language)
        problems: list[Problem] = []
        try:
            subject, body = check_template_text(
                draft.subject_template, draft.body_template, allow_unknown=True
            )
        except TemplateInvalid as error:
            problems.extend(Problem(f, m) for f, m in error.problems)
            subject = body = ""
        try:
            typed = check_values(draft.values)
        except TemplateInvalid as error:
            problems.extend(Problem(f, m) for f, m in error.problems)
            typed = {}
        check.raise_if(problems)
        rendering = render(subject, body, {**incident_values(incident, lang, tz), **typed})
        content = DraftContent(
            kind.value,
            lang.value,
            subject,
            body,
            typed,
            rendering.subject,
            rendering.body,
            rendering.missing + rendering.unknown,
        )
        return content, rendering

    # -- drafts -----------------------------------------------------------------------------------

    def _require_draft(self, incident: IncidentRow, draft_id: int) -> DraftRow:
        row = self._repo.draft(draft_id) if isinstance(draft_id, int) else None
        if row is None or row.incident_id != incident.id:
            raise InvalidInput("That draft does not belong to this incident.")
        return row

    def drafts(self, session: Session, incident_id: int) -> tuple[DraftView, ...]:
        """The incident's drafts, oldest first (audited: they hold case text)."""
        self._policy.require(session, Operation.COMMUNICATION_VIEW)
        incident = self._incident(incident_id)
        rows = self._repo.drafts(incident.id)
        if rows:
            with self._db.transaction() as conn:
                AuditRepository.append(
                    conn,
                    [
                        AuditEvent(
                            session.username,
                            "communication.drafts_viewed",
                            "incident",
                            str(incident.id),
                            {"incident": incident.code, "drafts": len(rows)},
                        )
                    ],
                    utc_now(),
                )
        return tuple(_draft_view(r) for r in rows)

    def save_draft(
        self,
        session: Session,
        incident_id: int,
        draft: DraftInput,
        *,
        draft_id: int | None = None,
        tz: tzinfo | None = None,
        now: datetime | None = None,
    ) -> DraftView:
        """Create a draft, or replace the text of one not yet sent (withdrawing any approval)."""
        self._policy.require(session, Operation.COMMUNICATION_DRAFT)
        now = now or utc_now()
        with self._db.transaction() as conn:
            incident = self._incident(incident_id)
            content, _rendering = self._content(incident, draft, tz)
            if draft_id is None:
                saved_id = CommunicationsRepository.insert_draft(
                    conn, incident.id, content, user_id=session.user_id, now=now
                )
                action = "communication.draft_created"
            else:
                existing = self._require_draft(incident, draft_id)
                if DraftState(existing.state) in (DraftState.SENT, DraftState.SUPERSEDED):
                    raise InvalidInput("A sent or superseded message cannot be changed; start a new draft.")
                if existing.kind != content.kind:
                    raise check.RecordInputInvalid(
                        (Problem("kind", "cannot change once the draft exists; start a new draft"),)
                    )
                CommunicationsRepository.update_draft(conn, existing.id, content, now=now)
                saved_id = existing.id
                action = "communication.draft_updated"
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        action,
                        "communication_draft",
                        str(saved_id),
                        {
                            "incident": incident.code,
                            "kind": content.kind,
                            "language": content.language,
                            "missing": len(content.missing),
                        },
                    )
                ],
                now,
            )
        row = self._repo.draft(saved_id)
        assert row is not None
        return _draft_view(row)

    def approve(
        self, session: Session, incident_id: int, draft_id: int, *, now: datetime | None = None
    ) -> DraftView:
        """Approve a complete draft; a new external statement supersedes the one approved before."""
        self._policy.require(session, Operation.COMMUNICATION_APPROVE)
        now = now or utc_now()
        with self._db.transaction() as conn:
            incident = self._incident(incident_id)
            row = self._require_draft(incident, draft_id)
            if DraftState(row.state) is not DraftState.DRAFT:
                raise InvalidInput(f"Only a draft can be approved; this one is {row.state}.")
            if row.missing:
                raise check.RecordInputInvalid(
                    (
                        Problem(
                            "values",
                            "fill every placeholder before approving: "
                            + ", ".join("{" + name + "}" for name in row.missing),
                        ),
                    )
                )
            CommunicationsRepository.approve_draft(conn, row.id, user_id=session.user_id, now=now)
            superseded: list[int] = []
            if TemplateKind(row.kind) is TemplateKind.EXTERNAL_STATEMENT:
                superseded = CommunicationsRepository.supersede_approved(
                    conn, incident.id, row.kind, keep=row.id, now=now
                )
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "communication.draft_approved",
                        "communication_draft",
                        str(row.id),
                        {"incident": incident.code, "kind": row.kind, "superseded": superseded},
                    )
                ],
                now,
            )
        updated = self._repo.draft(draft_id)
        assert updated is not None
        return _draft_view(updated)

    def mark_sent(
        self,
        session: Session,
        incident_id: int,
        draft_id: int,
        channel: Channel | str,
        *,
        sent_at: datetime | None = None,
        now: datetime | None = None,
    ) -> DraftView:
        """Record that a person sent the approved message, when and by which channel."""
        self._policy.require(session, Operation.COMMUNICATION_DRAFT)
        now = now or utc_now()
        problems: list[Problem] = []
        how = check.choice("channel", Channel, channel, problems)
        when = check.moment("sent_at", now if sent_at is None else sent_at, now, problems)
        check.raise_if(problems)
        assert how is not None
        assert when is not None
        with self._db.transaction() as conn:
            incident = self._incident(incident_id)
            row = self._require_draft(incident, draft_id)
            if DraftState(row.state) is not DraftState.APPROVED:
                raise InvalidInput(f"Only an approved message can be marked sent; this one is {row.state}.")
            assert row.approved_at is not None
            if when < row.approved_at:
                raise check.RecordInputInvalid((Problem("sent_at", "cannot be before the approval"),))
            CommunicationsRepository.mark_sent(
                conn, row.id, sent_at=when, channel=how.value, user_id=session.user_id, now=now
            )
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "communication.draft_sent",
                        "communication_draft",
                        str(row.id),
                        {"incident": incident.code, "kind": row.kind, "channel": how.value},
                    )
                ],
                now,
            )
        updated = self._repo.draft(draft_id)
        assert updated is not None
        return _draft_view(updated)
