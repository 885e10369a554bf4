-- Review (總結與改進), corrective actions, grade history, signed timeline entries and evidence items.
-- Times are ISO 8601 text in UTC (app.storage.clock); a corrective action's due date is a calendar
-- date (YYYY-MM-DD). Everything here is portable SQL that PostgreSQL also accepts (BLOB would be
-- BYTEA there, which an adapter maps).

-- One review section per incident, written while the incident is resolved; the four fields the
-- lifecycle needs before closing as reviewed, and the revisions it asks of the response plan.
CREATE TABLE incident_reviews (
    incident_id        INTEGER PRIMARY KEY REFERENCES incidents (id),
    root_cause         TEXT NOT NULL DEFAULT '',
    recovery_plan      TEXT NOT NULL DEFAULT '',
    effect_evaluation  TEXT NOT NULL DEFAULT '',
    lessons_learned    TEXT NOT NULL DEFAULT '',
    plan_revisions     TEXT NOT NULL DEFAULT '',
    updated_at         TEXT NOT NULL,
    updated_by         INTEGER REFERENCES users (id)
);

-- Owner: a crisis role (app.domain.crisis_roles) or an app account, exactly one of them.
CREATE TABLE corrective_actions (
    id             INTEGER PRIMARY KEY,
    incident_id    INTEGER NOT NULL REFERENCES incidents (id),
    title          TEXT NOT NULL,
    owner_role     TEXT,
    owner_user_id  INTEGER REFERENCES users (id),
    due_on         TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
    done_at        TEXT,
    created_at     TEXT NOT NULL,
    created_by     INTEGER REFERENCES users (id),
    updated_at     TEXT NOT NULL,
    CHECK ((owner_role IS NULL) <> (owner_user_id IS NULL))
);
CREATE INDEX corrective_actions_by_incident ON corrective_actions (incident_id, due_on);
CREATE INDEX corrective_actions_by_due ON corrective_actions (due_on);

-- Every change of grade after creation: the suggestion it was made against and the reason.
CREATE TABLE incident_grade_changes (
    id               INTEGER PRIMARY KEY,
    incident_id      INTEGER NOT NULL REFERENCES incidents (id),
    from_grade       TEXT NOT NULL,
    to_grade         TEXT NOT NULL,
    suggested_grade  TEXT NOT NULL,
    reason           TEXT,
    at               TEXT NOT NULL,
    user_id          INTEGER REFERENCES users (id)
);
CREATE INDEX incident_grade_changes_by_incident ON incident_grade_changes (incident_id, at);

-- Signed timeline entries (app.domain.signed_entries): the signature, the account name it was made
-- under and when; an addendum points at the entry it amends. Rows written before this migration
-- have no signature and are shown as unsigned.
ALTER TABLE incident_timeline ADD COLUMN signature TEXT;
ALTER TABLE incident_timeline ADD COLUMN signed_by TEXT;
ALTER TABLE incident_timeline ADD COLUMN signed_at TEXT;
ALTER TABLE incident_timeline ADD COLUMN parent_id INTEGER REFERENCES incident_timeline (id);

-- Checklist steps added on the fly (not from the template) name who added them; their titles are
-- case content, withheld from a de-identified viewer.
ALTER TABLE incident_checklist ADD COLUMN added_by INTEGER REFERENCES users (id);

-- Evidence: the file itself inside the encrypted database, its SHA-256 at the time it was added.
CREATE TABLE evidence_items (
    id            INTEGER PRIMARY KEY,
    incident_id   INTEGER NOT NULL REFERENCES incidents (id),
    file_name     TEXT NOT NULL,
    size          INTEGER NOT NULL CHECK (size >= 0),
    sha256        TEXT NOT NULL,
    content       BLOB NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT '',
    collected_at  TEXT,
    added_at      TEXT NOT NULL,
    added_by      INTEGER REFERENCES users (id)
);
CREATE INDEX evidence_items_by_incident ON evidence_items (incident_id, added_at);

-- Chain of custody: every time the item changed hands or was opened.
CREATE TABLE evidence_custody (
    id           INTEGER PRIMARY KEY,
    evidence_id  INTEGER NOT NULL REFERENCES evidence_items (id),
    kind         TEXT NOT NULL CHECK (kind IN ('collected', 'added', 'viewed', 'exported', 'handed_over',
                     'sealed')),
    at           TEXT NOT NULL,
    user_id      INTEGER REFERENCES users (id),
    actor        TEXT NOT NULL,
    counterpart  TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evidence_custody_by_item ON evidence_custody (evidence_id, at);
