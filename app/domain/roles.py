"""Roles and the operations they may be granted.

The role names are stored in the database and used on the command line, so their values are a
stable contract. Which role may do which operation is decided in ``app.services.access``; the
domain only names the things that can be decided about.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    COUNSELLOR = "counsellor"
    HR_MANAGER = "hr_manager"


class Operation(StrEnum):
    """Every guarded use case. Later features add members; the access matrix test lists them all."""

    USER_LIST = "user.list"
    USER_CREATE = "user.create"
    USER_UPDATE = "user.update"
    USER_DISABLE = "user.disable"
    AUDIT_VIEW = "audit.view"
    AUDIT_VERIFY = "audit.verify"
    POLICY_VIEW = "policy.view"
    POLICY_UPDATE = "policy.update"
    DATABASE_INFO = "database.info"
    DATABASE_BACKUP = "database.backup"
    DIRECTORY_VIEW = "directory.view"
    INCIDENT_CREATE = "incident.create"
    INCIDENT_VIEW = "incident.view"
    INCIDENT_VIEW_CONFIDENTIAL = "incident.view_confidential"
    INCIDENT_UPDATE = "incident.update"
    INCIDENT_TRANSITION = "incident.transition"
    INCIDENT_TIMELINE_ADD = "incident.timeline_add"
    REVIEW_VIEW = "review.view"
    REVIEW_EDIT = "review.edit"
    EVIDENCE_VIEW = "evidence.view"
    EVIDENCE_READ = "evidence.read"
    EVIDENCE_ADD = "evidence.add"
    EVIDENCE_CUSTODY = "evidence.custody"
    NOTIFICATION_VIEW = "notification.view"
    NOTIFICATION_RECORD = "notification.record"
    COMMUNICATION_VIEW = "communication.view"
    COMMUNICATION_DRAFT = "communication.draft"
    COMMUNICATION_APPROVE = "communication.approve"
    COMMUNICATION_TEMPLATE_EDIT = "communication.template_edit"
    BREACH_CLOCK_VIEW = "breach_clock.view"
    BREACH_CLOCK_UPDATE = "breach_clock.update"
    PERSON_VIEW = "person.view"
    PERSON_VIEW_CONFIDENTIAL = "person.view_confidential"
    PERSON_MANAGE = "person.manage"
    SCREENING_RECORD = "screening.record"
    FOLLOW_UP_UPDATE = "follow_up.update"
    CLINICAL_NOTE_ADD = "clinical_note.add"
    PEOPLE_COUNT = "people.count"
    PLAN_VIEW = "plan.view"
    PLAN_TEMPLATE_EDIT = "plan.template_edit"
    RISK_VIEW = "risk.view"
    RISK_EDIT = "risk.edit"
    RISK_REVIEW = "risk.review"
    RISK_IMPORT = "risk.import"
    RISK_EXPORT = "risk.export"
    RISK_SOURCES_EDIT = "risk.sources_edit"
    ONCALL_VIEW = "oncall.view"
    ONCALL_MANAGE = "oncall.manage"
    ONCALL_CONTACTS = "oncall.contacts"
    ONCALL_HOURS_EXPORT = "oncall.hours_export"
    CALENDAR_EXPORT = "calendar.export"
    DRILL_VIEW = "drill.view"
    DRILL_MANAGE = "drill.manage"
    DRILL_RUN = "drill.run"
    DRILL_PLAN_SURPRISE = "drill.plan_surprise"
    REPORT_INCIDENT_INTERNAL = "report.incident_internal"
    REPORT_INCIDENT_BOARD = "report.incident_board"
    REPORT_BOARD = "report.board"
    REPORT_DRILL = "report.drill"
