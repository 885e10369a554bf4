-- Drills (issue 6): planned and held crisis drills, their participants' notification and
-- acknowledgement times, objectives with their results, status changes, findings, corrective
-- actions and links to the risk register; recurring drills come from a stored series rule.
-- Times are ISO 8601 text in UTC (app.storage.clock); due dates and series dates are calendar dates
-- (YYYY-MM-DD); a series' local time is HH:MM:SS in its IANA zone. Lists (weekdays, key roles) are
-- comma-separated codes. Portable SQL that PostgreSQL also accepts ("interval" and "count" are
-- avoided as column names: both are keywords there).

-- A recurrence rule (app.domain.recurrence.RecurrenceRule) that drills were materialised from.
CREATE TABLE drill_series (
    id                INTEGER PRIMARY KEY,
    frequency         TEXT NOT NULL CHECK (frequency IN ('weekly', 'monthly', 'quarterly', 'yearly')),
    period_interval   INTEGER NOT NULL DEFAULT 1 CHECK (period_interval >= 1),
    weekdays          TEXT NOT NULL DEFAULT '',
    nth               INTEGER,
    nth_weekday       INTEGER,
    month_day         INTEGER,
    month             INTEGER,
    quarter_month     INTEGER,
    local_time        TEXT NOT NULL,
    zone              TEXT NOT NULL,
    starts_on         TEXT NOT NULL,
    until_on          TEXT,
    occurrence_limit  INTEGER,
    materialised_to   TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    created_by        INTEGER REFERENCES users (id),
    CHECK ((nth IS NULL) = (nth_weekday IS NULL))
);

-- One drill. code is DR-<year of the planned start>-<number>; scenario_grade chooses the
-- acknowledge target its timings are compared with. rated_at/rated_by: when the objectives' results
-- (drill_objectives.result) were last recorded.
CREATE TABLE drills (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE,
    code_year          INTEGER NOT NULL,
    code_number        INTEGER NOT NULL,
    drill_type         TEXT NOT NULL CHECK (drill_type IN ('tabletop', 'simulation', 'full_scale', 'surprise')),
    title              TEXT NOT NULL,
    scenario           TEXT NOT NULL DEFAULT '',
    scenario_category  TEXT,
    scenario_grade     TEXT CHECK (scenario_grade IN ('I', 'II', 'III', 'IV')),
    key_roles          TEXT NOT NULL DEFAULT '',
    planned_start      TEXT NOT NULL,
    planned_minutes    INTEGER NOT NULL CHECK (planned_minutes > 0),
    actual_start       TEXT,
    actual_end         TEXT,
    status             TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
    series_id          INTEGER REFERENCES drill_series (id),
    rated_at           TEXT,
    rated_by           INTEGER REFERENCES users (id),
    created_at         TEXT NOT NULL,
    created_by         INTEGER REFERENCES users (id),
    updated_at         TEXT NOT NULL,
    updated_by         INTEGER REFERENCES users (id),
    UNIQUE (code_year, code_number)
);
-- A month's (or week's) drills for the calendar.
CREATE INDEX drills_by_planned_start ON drills (planned_start);
-- The drill history: done drills by when they were held.
CREATE INDEX drills_by_status_start ON drills (status, actual_start);
CREATE INDEX drills_by_series ON drills (series_id, planned_start);

-- Objectives in the order written, each with its result once rated (NULL until then).
CREATE TABLE drill_objectives (
    id        INTEGER PRIMARY KEY,
    drill_id  INTEGER NOT NULL REFERENCES drills (id),
    position  INTEGER NOT NULL,
    text      TEXT NOT NULL,
    result    TEXT CHECK (result IN ('met', 'partly_met', 'not_met')),
    UNIQUE (drill_id, position)
);

-- Participants by crisis role and/or department; label is an optional name for the run screen.
CREATE TABLE drill_participants (
    id               INTEGER PRIMARY KEY,
    drill_id         INTEGER NOT NULL REFERENCES drills (id),
    position         INTEGER NOT NULL,
    role             TEXT,
    department       TEXT NOT NULL DEFAULT '',
    label            TEXT NOT NULL DEFAULT '',
    notified_at      TEXT,
    acknowledged_at  TEXT,
    UNIQUE (drill_id, position),
    CHECK (acknowledged_at IS NULL OR notified_at IS NOT NULL)
);

-- Every status move and its reason (cancelling and resuming need one).
CREATE TABLE drill_status_changes (
    id           INTEGER PRIMARY KEY,
    drill_id     INTEGER NOT NULL REFERENCES drills (id),
    from_status  TEXT NOT NULL,
    to_status    TEXT NOT NULL,
    reason       TEXT,
    at           TEXT NOT NULL,
    user_id      INTEGER REFERENCES users (id)
);
CREATE INDEX drill_status_changes_by_drill ON drill_status_changes (drill_id, at);

CREATE TABLE drill_findings (
    id          INTEGER PRIMARY KEY,
    drill_id    INTEGER NOT NULL REFERENCES drills (id),
    severity    TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    area        TEXT NOT NULL CHECK (area IN ('process', 'tools', 'people', 'communication')),
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES users (id),
    updated_at  TEXT NOT NULL
);
CREATE INDEX drill_findings_by_drill ON drill_findings (drill_id, id);

-- Corrective actions of a drill: the columns of corrective_actions (migration 0005), for a drill
-- and optionally one of its findings. Owner: a crisis role or an app account, exactly one.
CREATE TABLE drill_actions (
    id             INTEGER PRIMARY KEY,
    drill_id       INTEGER NOT NULL REFERENCES drills (id),
    finding_id     INTEGER REFERENCES drill_findings (id),
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
CREATE INDEX drill_actions_by_drill ON drill_actions (drill_id, due_on);
CREATE INDEX drill_actions_by_finding ON drill_actions (finding_id);
-- Corrective actions falling due, for the calendar.
CREATE INDEX drill_actions_by_due ON drill_actions (due_on);

-- The risks (risk register, migration 0008) a drill exercises.
CREATE TABLE drill_risk_links (
    drill_id    INTEGER NOT NULL REFERENCES drills (id),
    risk_id     INTEGER NOT NULL REFERENCES risks (id),
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES users (id),
    PRIMARY KEY (drill_id, risk_id)
);
CREATE INDEX drill_risk_links_by_risk ON drill_risk_links (risk_id);
