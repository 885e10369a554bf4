-- Communications on an incident: the notifications log (who was told, when, how, acknowledged
-- when), communication drafts rendered from templates (and admins' template overrides), and the
-- privacy-breach clocks (rule sets applied, start-event times, notices sent). Times are ISO 8601
-- text in UTC (app.storage.clock). Plain portable SQL: nothing here is SQLite-only.

CREATE TABLE incident_notifications (
    id               INTEGER PRIMARY KEY,
    incident_id      INTEGER NOT NULL REFERENCES incidents (id),
    role             TEXT NOT NULL,                -- app.domain.crisis_roles.CrisisRole
    recipient        TEXT NOT NULL DEFAULT '',     -- the person's name (withheld from hr_manager)
    channel          TEXT NOT NULL CHECK (channel IN ('phone', 'sms', 'email', 'in_person',
                         'messaging_app', 'other')),
    notified_at      TEXT NOT NULL,
    acknowledged_at  TEXT,
    note             TEXT NOT NULL DEFAULT '',
    recorded_by      INTEGER REFERENCES users (id),
    created_at       TEXT NOT NULL
);
CREATE INDEX incident_notifications_by_incident ON incident_notifications (incident_id, notified_at);

CREATE TABLE communication_templates (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    language    TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  INTEGER REFERENCES users (id),
    UNIQUE (kind, language)
);

CREATE TABLE communication_drafts (
    id                INTEGER PRIMARY KEY,
    incident_id       INTEGER NOT NULL REFERENCES incidents (id),
    kind              TEXT NOT NULL,
    language          TEXT NOT NULL,
    subject_template  TEXT NOT NULL,
    body_template     TEXT NOT NULL,
    placeholder_values TEXT NOT NULL DEFAULT '{}', -- JSON: the values the user typed
    subject           TEXT NOT NULL,               -- rendered when saved
    body              TEXT NOT NULL,
    missing           TEXT NOT NULL DEFAULT '[]',  -- JSON: placeholders still unfilled or unknown
    state             TEXT NOT NULL CHECK (state IN ('draft', 'approved', 'sent', 'superseded')),
    created_at        TEXT NOT NULL,
    created_by        INTEGER REFERENCES users (id),
    updated_at        TEXT NOT NULL,
    approved_at       TEXT,
    approved_by       INTEGER REFERENCES users (id),
    sent_at           TEXT,
    sent_channel      TEXT,
    sent_by           INTEGER REFERENCES users (id),
    superseded_at     TEXT
);
CREATE INDEX communication_drafts_by_incident ON communication_drafts (incident_id, kind, state);

CREATE TABLE incident_breach_rule_sets (
    id             INTEGER PRIMARY KEY,
    incident_id    INTEGER NOT NULL REFERENCES incidents (id),
    rule_set_code  TEXT NOT NULL,
    definition     TEXT NOT NULL,                  -- JSON: the rules as applied (kept if defaults change)
    added_at       TEXT NOT NULL,
    added_by       INTEGER REFERENCES users (id),
    UNIQUE (incident_id, rule_set_code)
);

CREATE TABLE incident_breach_events (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    event        TEXT NOT NULL CHECK (event IN ('awareness', 'detection', 'confirmation')),
    at           TEXT NOT NULL,
    recorded_by  INTEGER REFERENCES users (id),
    recorded_at  TEXT NOT NULL,
    UNIQUE (incident_id, event)
);

CREATE TABLE incident_breach_notices (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    rule_code    TEXT NOT NULL,
    sent_at      TEXT NOT NULL,
    recipient    TEXT NOT NULL DEFAULT '',         -- to whom (authority, audience); withheld from hr_manager
    late_reason  TEXT,
    recorded_by  INTEGER REFERENCES users (id),
    recorded_at  TEXT NOT NULL,
    UNIQUE (incident_id, rule_code)
);
