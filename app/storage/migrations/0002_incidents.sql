-- Incidents: the case record, its timeline, its status history and its response checklist.
-- Times are ISO 8601 text in UTC (app.storage.clock), so text order is time order. Types and
-- constraints are kept to what PostgreSQL also accepts, except the full-text search at the end
-- (FTS5 and its triggers), which a PostgreSQL adapter would replace with its own search
-- (pg_trgm or a tsvector column maintained the same way).

CREATE TABLE incidents (
    id                     INTEGER PRIMARY KEY,
    code                   TEXT NOT NULL UNIQUE,               -- "INC-2026-0001"
    code_year              INTEGER NOT NULL,
    code_number            INTEGER NOT NULL,
    title                  TEXT NOT NULL,
    category               TEXT NOT NULL,
    grade                  TEXT NOT NULL CHECK (grade IN ('I', 'II', 'III', 'IV')),
    suggested_grade        TEXT NOT NULL CHECK (suggested_grade IN ('I', 'II', 'III', 'IV')),
    grade_override_reason  TEXT,
    status                 TEXT NOT NULL CHECK (status IN ('reported', 'verified', 'dismissed', 'assessed',
                               'responding', 'contained', 'resolved', 'reviewed')),
    occurred_at            TEXT,
    detected_at            TEXT,
    reported_at            TEXT NOT NULL,
    place                  TEXT NOT NULL DEFAULT '',
    departments            TEXT NOT NULL DEFAULT '[]',         -- JSON list of names
    cause                  TEXT NOT NULL DEFAULT '',
    course_of_events       TEXT NOT NULL DEFAULT '',
    people_involved        INTEGER NOT NULL DEFAULT 0 CHECK (people_involved >= 0),
    impact                 TEXT NOT NULL DEFAULT '{}',         -- JSON: levels 0-4 and losses in cents
    sources                TEXT NOT NULL DEFAULT '[]',         -- JSON: [{"description", "verified"}]
    is_drill               INTEGER NOT NULL DEFAULT 0 CHECK (is_drill IN (0, 1)),
    is_test                INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1)),
    owner_user_id          INTEGER REFERENCES users (id),
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    acknowledged_at        TEXT,
    response_started_at    TEXT,
    contained_at           TEXT,
    resolved_at            TEXT,
    reviewed_at            TEXT,
    CHECK (NOT (is_drill = 1 AND is_test = 1)),
    UNIQUE (code_year, code_number)
);
CREATE INDEX incidents_by_status ON incidents (status, updated_at);
CREATE INDEX incidents_by_grade ON incidents (grade);
CREATE INDEX incidents_by_category ON incidents (category);
CREATE INDEX incidents_by_updated ON incidents (updated_at);

CREATE TABLE incident_timeline (
    id              INTEGER PRIMARY KEY,
    incident_id     INTEGER NOT NULL REFERENCES incidents (id),
    at              TEXT NOT NULL,
    author_user_id  INTEGER REFERENCES users (id),
    department      TEXT NOT NULL DEFAULT '',
    text            TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX incident_timeline_by_incident ON incident_timeline (incident_id, at);

CREATE TABLE incident_status_changes (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    from_status  TEXT NOT NULL,
    to_status    TEXT NOT NULL,
    reason       TEXT,
    at           TEXT NOT NULL,
    user_id      INTEGER REFERENCES users (id)
);
CREATE INDEX incident_status_changes_by_incident ON incident_status_changes (incident_id, at);

CREATE TABLE incident_checklist (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    step_order   INTEGER NOT NULL,
    code         TEXT,
    title_en     TEXT NOT NULL,
    title_zh     TEXT NOT NULL,
    role         TEXT NOT NULL,
    due_at       TEXT NOT NULL,
    done_at      TEXT,
    done_by      INTEGER REFERENCES users (id),
    UNIQUE (incident_id, step_order)
);
CREATE INDEX incident_checklist_open_by_due ON incident_checklist (done_at, due_at);

-- Full-text search (SQLite only). One row per incident, rowid = incidents.id, holding the title,
-- the course of events and every timeline text; the trigram tokenizer matches any substring of
-- three or more characters, which works for Chinese (no word breaks) as well as English. Kept in
-- sync by triggers so that every writer (services, the demo generator, a restore) agrees.
CREATE VIRTUAL TABLE incident_search USING fts5 (title, course_of_events, timeline, tokenize = 'trigram');

CREATE TRIGGER incidents_search_insert AFTER INSERT ON incidents
BEGIN
    INSERT INTO incident_search (rowid, title, course_of_events, timeline)
    VALUES (new.id, new.title, new.course_of_events, '');
END;

CREATE TRIGGER incidents_search_update AFTER UPDATE OF title, course_of_events ON incidents
BEGIN
    UPDATE incident_search SET title = new.title, course_of_events = new.course_of_events
    WHERE rowid = new.id;
END;

CREATE TRIGGER incidents_search_delete AFTER DELETE ON incidents
BEGIN
    DELETE FROM incident_search WHERE rowid = old.id;
END;

CREATE TRIGGER incident_timeline_search_insert AFTER INSERT ON incident_timeline
BEGIN
    UPDATE incident_search SET timeline = timeline || char(10) || new.text WHERE rowid = new.incident_id;
END;

CREATE TRIGGER incident_timeline_search_update AFTER UPDATE OF text ON incident_timeline
BEGIN
    UPDATE incident_search
    SET timeline = coalesce((SELECT group_concat(text, char(10)) FROM incident_timeline
                             WHERE incident_id = new.incident_id), '')
    WHERE rowid = new.incident_id;
END;

CREATE TRIGGER incident_timeline_search_delete AFTER DELETE ON incident_timeline
BEGIN
    UPDATE incident_search
    SET timeline = coalesce((SELECT group_concat(text, char(10)) FROM incident_timeline
                             WHERE incident_id = old.incident_id), '')
    WHERE rowid = old.incident_id;
END;
