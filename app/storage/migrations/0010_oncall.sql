-- The 24/7 on-call rota (issue 6): members, their crisis roles and contact numbers, rotation
-- patterns with their ordered members, overrides and swaps. The rules that make these consistent
-- (app.domain.oncall_rotation, app.domain.oncall_coverage) are checked by the service before every
-- write; the constraints here only keep a row well-formed.
-- Times are ISO 8601 text in UTC (app.storage.clock); an anchor is a calendar date (YYYY-MM-DD); a
-- hand-over time is a local wall-clock time (HH:MM:SS) in the rotation's IANA time zone, because a
-- rota hands over at 09:00 on people's clocks, summer and winter. Portable SQL.

-- A member is not an app account (a lawyer on the rota may never log in); user_id links one if any.
-- A member who leaves is made inactive, not deleted, so past months keep their hours.
CREATE TABLE oncall_members (
    id            INTEGER PRIMARY KEY,
    display_name  TEXT NOT NULL,
    user_id       INTEGER REFERENCES users (id),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL,
    created_by    INTEGER REFERENCES users (id),
    updated_at    TEXT NOT NULL,
    updated_by    INTEGER REFERENCES users (id)
);

CREATE TABLE oncall_member_roles (
    member_id  INTEGER NOT NULL REFERENCES oncall_members (id),
    role       TEXT NOT NULL CHECK (role IN ('crisis_lead', 'counsellor', 'hr', 'it_security', 'legal',
                   'pr', 'executive')),
    PRIMARY KEY (member_id, role)
);

-- Contact numbers are confidential (casework only; every read is audited), in the order given.
CREATE TABLE oncall_member_contacts (
    member_id  INTEGER NOT NULL REFERENCES oncall_members (id),
    position   INTEGER NOT NULL CHECK (position >= 0),
    number     TEXT NOT NULL,
    PRIMARY KEY (member_id, position)
);

-- weekday: 0 = Monday ... 6 = Sunday, for a weekly rota only.
CREATE TABLE oncall_rotations (
    id             INTEGER PRIMARY KEY,
    role           TEXT NOT NULL CHECK (role IN ('crisis_lead', 'counsellor', 'hr', 'it_security', 'legal',
                       'pr', 'executive')),
    handover       TEXT NOT NULL CHECK (handover IN ('daily', 'weekly')),
    weekday        INTEGER CHECK (weekday BETWEEN 0 AND 6),
    handover_time  TEXT NOT NULL,
    time_zone      TEXT NOT NULL,
    anchor_on      TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     INTEGER REFERENCES users (id),
    updated_at     TEXT NOT NULL,
    updated_by     INTEGER REFERENCES users (id),
    CHECK ((handover = 'weekly') = (weekday IS NOT NULL))
);
CREATE INDEX oncall_rotations_by_role ON oncall_rotations (role, anchor_on);

-- The rotation's members in turn; a member may appear more than once.
CREATE TABLE oncall_rotation_members (
    rotation_id  INTEGER NOT NULL REFERENCES oncall_rotations (id),
    position     INTEGER NOT NULL CHECK (position >= 0),
    member_id    INTEGER NOT NULL REFERENCES oncall_members (id),
    PRIMARY KEY (rotation_id, position)
);
CREATE INDEX oncall_rotation_members_by_member ON oncall_rotation_members (member_id);

-- member_id NULL: the scheduled person is off and nobody covers yet (a hole the gap scan reports).
-- The reason may be medical: withheld from hr_manager, never written to the audit trail.
CREATE TABLE oncall_overrides (
    id          INTEGER PRIMARY KEY,
    role        TEXT NOT NULL CHECK (role IN ('crisis_lead', 'counsellor', 'hr', 'it_security', 'legal',
                    'pr', 'executive')),
    member_id   INTEGER REFERENCES oncall_members (id),
    starts_at   TEXT NOT NULL,
    ends_at     TEXT NOT NULL,
    reason      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES users (id),
    CHECK (ends_at > starts_at)
);
CREATE INDEX oncall_overrides_by_role ON oncall_overrides (role, starts_at);

-- Two members of one role exchange two scheduled shifts, each named by its scheduled start.
CREATE TABLE oncall_swaps (
    id                  INTEGER PRIMARY KEY,
    role                TEXT NOT NULL CHECK (role IN ('crisis_lead', 'counsellor', 'hr', 'it_security',
                            'legal', 'pr', 'executive')),
    first_member_id     INTEGER NOT NULL REFERENCES oncall_members (id),
    first_shift_start   TEXT NOT NULL,
    second_member_id    INTEGER NOT NULL REFERENCES oncall_members (id),
    second_shift_start  TEXT NOT NULL,
    reason              TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    created_by          INTEGER REFERENCES users (id),
    CHECK (first_member_id <> second_member_id),
    CHECK (first_shift_start <> second_shift_start)
);
CREATE INDEX oncall_swaps_by_role ON oncall_swaps (role, first_shift_start);
