-- People affected by an incident and their counselling follow-up: the person linked by a pseudonym,
-- emergency contacts with the employee's authorisation, screenings, follow-up tasks and signed
-- clinical notes with their addenda. Identity, contact details, screening answers, follow-up
-- outcomes and note text are confidential (counsellors and admins only, enforced in the service).
-- Times are ISO 8601 text in UTC (app.storage.clock). Types and constraints are kept to what
-- PostgreSQL also accepts.

CREATE TABLE incident_people (
    id                INTEGER PRIMARY KEY,
    incident_id       INTEGER NOT NULL REFERENCES incidents (id),
    pseudonym         TEXT NOT NULL,                      -- "P-4821": what every screen shows
    involvement       TEXT NOT NULL CHECK (involvement IN ('affected', 'witness', 'colleague', 'family',
                          'other')),
    department        TEXT NOT NULL DEFAULT '',
    full_name         TEXT NOT NULL DEFAULT '',           -- confidential from here ...
    employee_number   TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '',           -- ... to here
    clinical_concern  INTEGER NOT NULL DEFAULT 0 CHECK (clinical_concern IN (0, 1)),
    linked_at         TEXT NOT NULL,                      -- the follow-up schedule counts from here
    created_by        INTEGER REFERENCES users (id),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (incident_id, pseudonym)
);

-- One or two active contacts per person (checked by the service). A changed contact is a new row:
-- the old one is kept, marked removed, with any record of its use.
CREATE TABLE person_emergency_contacts (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES incident_people (id),
    position        INTEGER NOT NULL CHECK (position IN (1, 2)),
    name            TEXT NOT NULL,
    relation        TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL,
    authorised      INTEGER NOT NULL DEFAULT 0 CHECK (authorised IN (0, 1)),
    authorised_at   TEXT,
    authorised_by   INTEGER REFERENCES users (id),
    consent_method  TEXT CHECK (consent_method IN ('written', 'verbal', 'electronic')),
    created_at      TEXT NOT NULL,
    removed_at      TEXT
);
CREATE INDEX person_emergency_contacts_by_person ON person_emergency_contacts (person_id, position);

CREATE TABLE person_emergency_contact_uses (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES person_emergency_contacts (id),
    at          TEXT NOT NULL,
    used_by     INTEGER REFERENCES users (id),
    reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX person_emergency_contact_uses_by_contact ON person_emergency_contact_uses (contact_id, at);

-- Only the raw answers are stored: the total, band and red flags are re-scored from them
-- (app.domain.screenings), so they can never disagree.
CREATE TABLE person_screenings (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES incident_people (id),
    instrument   TEXT NOT NULL CHECK (instrument IN ('phq9', 'gad7')),
    answers      TEXT NOT NULL,                           -- JSON list of 0-3, item 1 first
    taken_at     TEXT NOT NULL,
    recorded_by  INTEGER REFERENCES users (id),
    created_at   TEXT NOT NULL
);
CREATE INDEX person_screenings_by_person ON person_screenings (person_id, taken_at);

CREATE TABLE person_follow_ups (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES incident_people (id),
    kind        TEXT NOT NULL CHECK (kind IN ('follow_up_contact', 'follow_up_tracking',
                    'follow_up_recovery_plan', 'ad_hoc')),
    label       TEXT NOT NULL DEFAULT '',                 -- what an ad-hoc follow-up is for
    due_at      TEXT NOT NULL,
    done_at     TEXT,
    done_by     INTEGER REFERENCES users (id),
    outcome     TEXT NOT NULL DEFAULT '',                 -- confidential
    created_by  INTEGER REFERENCES users (id),
    created_at  TEXT NOT NULL
);
CREATE INDEX person_follow_ups_by_person ON person_follow_ups (person_id, due_at);
CREATE INDEX person_follow_ups_by_due ON person_follow_ups (due_at, done_at);

-- Clinical notes and their addenda (parent_id set), signed by the author (app.domain.signed_entries).
-- first_signed_at starts the lock period; signed_at and signature change with each correction made
-- by the author within it.
CREATE TABLE person_notes (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL REFERENCES incident_people (id),
    parent_id        INTEGER REFERENCES person_notes (id),
    kind             TEXT NOT NULL CHECK (kind IN ('clinical_note', 'addendum')),
    text             TEXT NOT NULL,
    at               TEXT NOT NULL,
    author_user_id   INTEGER REFERENCES users (id),
    author_name      TEXT NOT NULL,
    first_signed_at  TEXT NOT NULL,
    signed_at        TEXT NOT NULL,
    signature        TEXT NOT NULL,
    revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    CHECK ((kind = 'addendum') = (parent_id IS NOT NULL))
);
CREATE INDEX person_notes_by_person ON person_notes (person_id, first_signed_at);
