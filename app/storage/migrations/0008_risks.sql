-- The risk register (issue 5): sources, risks, their history of snapshots, reviews and links to
-- incidents (a drill is an incident with is_drill = 1). Scores are whole numbers 1..5; levels are
-- not stored, they follow from the office's bands (app.domain.risks.LevelBands) when read, so a
-- change of bands re-levels the whole history at once. Dates (effective_on, reviewed_on,
-- next_review_on, last_reviewed_on) are calendar dates (YYYY-MM-DD); times are ISO 8601 text in
-- UTC (app.storage.clock). Portable SQL that PostgreSQL also accepts: the "exactly one owner"
-- check counts with CASE rather than adding booleans.

-- The editable list of sources, seeded with app.domain.risks.DEFAULT_SOURCES (same codes, labels
-- and order). A source in use is retired (active = 0), never deleted: old risks keep their label.
CREATE TABLE risk_sources (
    code         TEXT PRIMARY KEY,
    label_en     TEXT NOT NULL,
    label_zh_tw  TEXT NOT NULL,
    label_zh_cn  TEXT NOT NULL,
    position     INTEGER NOT NULL,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    updated_at   TEXT,
    updated_by   INTEGER REFERENCES users (id)
);
INSERT INTO risk_sources (code, label_en, label_zh_tw, label_zh_cn, position, active) VALUES
    ('data_leak', 'Data leak', '數據泄露', '数据泄露', 1, 1),
    ('insider_leak', 'Insider leak', '內部人員泄露', '内部人员泄露', 2, 1),
    ('weak_controls', 'Weak internal controls', '內部控制薄弱', '内部控制薄弱', 3, 1),
    ('cyber_attack', 'Cyber attack', '網絡攻擊', '网络攻击', 4, 1),
    ('workload_stress', 'Workload and stress', '工作負荷與壓力', '工作负荷与压力', 5, 1),
    ('restructuring', 'Restructuring', '組織重組', '组织重组', 6, 1),
    ('public_health', 'Public health', '公共衛生', '公共卫生', 7, 1),
    ('natural_disaster', 'Natural disaster', '自然災害', '自然灾害', 8, 1),
    ('supply_chain', 'Supply chain', '供應鏈', '供应链', 9, 1),
    ('reputation', 'Reputation', '聲譽', '声誉', 10, 1);

-- The register as it stands now. Owner: a crisis role (app.domain.crisis_roles), an app account
-- or a position title, exactly one of them. Residual scores are both given or both absent.
CREATE TABLE risks (
    id                   INTEGER PRIMARY KEY,
    code                 TEXT NOT NULL UNIQUE,
    title                TEXT NOT NULL,
    description          TEXT NOT NULL DEFAULT '',
    source               TEXT NOT NULL REFERENCES risk_sources (code),
    category             TEXT NOT NULL DEFAULT '',
    owner_role           TEXT,
    owner_user_id        INTEGER REFERENCES users (id),
    owner_title          TEXT,
    likelihood           INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact               INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    residual_likelihood  INTEGER CHECK (residual_likelihood BETWEEN 1 AND 5),
    residual_impact      INTEGER CHECK (residual_impact BETWEEN 1 AND 5),
    controls             TEXT NOT NULL DEFAULT '',
    treatment            TEXT NOT NULL DEFAULT '',
    actions              TEXT NOT NULL DEFAULT '',
    status               TEXT NOT NULL CHECK (status IN ('open', 'treating', 'accepted', 'closed')),
    next_review_on       TEXT,
    last_reviewed_on     TEXT,
    created_at           TEXT NOT NULL,
    created_by           INTEGER REFERENCES users (id),
    updated_at           TEXT NOT NULL,
    updated_by           INTEGER REFERENCES users (id),
    CHECK ((residual_likelihood IS NULL) = (residual_impact IS NULL)),
    CHECK (
        CASE WHEN owner_role IS NULL THEN 0 ELSE 1 END
        + CASE WHEN owner_user_id IS NULL THEN 0 ELSE 1 END
        + CASE WHEN owner_title IS NULL THEN 0 ELSE 1 END = 1
    )
);
-- "Due for review": active risks by next review date.
CREATE INDEX risks_by_review_due ON risks (status, next_review_on);

-- One snapshot per change of scores or status (and at creation, review and import): how the risk
-- stood from effective_on on. Title, source and owner are kept too, so the matrix as of a past date
-- shows a risk as it was named then. Of two snapshots of one risk on one date, the later id wins.
CREATE TABLE risk_history (
    id                   INTEGER PRIMARY KEY,
    risk_id              INTEGER NOT NULL REFERENCES risks (id),
    effective_on         TEXT NOT NULL,
    kind                 TEXT NOT NULL CHECK (kind IN ('created', 'edited', 'reviewed', 'imported')),
    likelihood           INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact               INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    residual_likelihood  INTEGER CHECK (residual_likelihood BETWEEN 1 AND 5),
    residual_impact      INTEGER CHECK (residual_impact BETWEEN 1 AND 5),
    status               TEXT NOT NULL CHECK (status IN ('open', 'treating', 'accepted', 'closed')),
    title                TEXT NOT NULL,
    source               TEXT NOT NULL,
    owner_role           TEXT,
    owner_user_id        INTEGER REFERENCES users (id),
    owner_title          TEXT,
    created_at           TEXT NOT NULL,
    created_by           INTEGER REFERENCES users (id),
    CHECK ((residual_likelihood IS NULL) = (residual_impact IS NULL))
);
-- The latest snapshot of a risk on or before a date: one index probe per risk.
CREATE INDEX risk_history_by_risk_date ON risk_history (risk_id, effective_on, id);

-- Reviews: who reviewed, on which date, the scores and status found and a comment; the snapshot the
-- review wrote (history_id) puts it on the register's timeline.
CREATE TABLE risk_reviews (
    id                   INTEGER PRIMARY KEY,
    risk_id              INTEGER NOT NULL REFERENCES risks (id),
    reviewed_on          TEXT NOT NULL,
    reviewer_user_id     INTEGER REFERENCES users (id),
    likelihood           INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact               INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    residual_likelihood  INTEGER CHECK (residual_likelihood BETWEEN 1 AND 5),
    residual_impact      INTEGER CHECK (residual_impact BETWEEN 1 AND 5),
    status               TEXT NOT NULL CHECK (status IN ('open', 'treating', 'accepted', 'closed')),
    comment              TEXT NOT NULL DEFAULT '',
    next_review_on       TEXT,
    created_at           TEXT NOT NULL,
    history_id           INTEGER REFERENCES risk_history (id),
    CHECK ((residual_likelihood IS NULL) = (residual_impact IS NULL))
);
CREATE INDEX risk_reviews_by_risk ON risk_reviews (risk_id, reviewed_on, id);

-- Incidents (and drills, which are incidents flagged is_drill) that bear on a risk.
CREATE TABLE risk_incident_links (
    risk_id      INTEGER NOT NULL REFERENCES risks (id),
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    created_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES users (id),
    PRIMARY KEY (risk_id, incident_id)
);
CREATE INDEX risk_incident_links_by_incident ON risk_incident_links (incident_id);
