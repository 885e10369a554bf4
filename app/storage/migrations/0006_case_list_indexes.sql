-- Case list at scale: the stored next due time of each incident, and indexes that let every
-- filter of the case list read one page instead of every matching row.
--
-- next_due_at: the earliest due instant among the incident's unmet clocks -- acknowledge (while
-- neither acknowledged nor started), start response (while not started), and every open
-- checklist step -- or NULL when the incident is closed (dismissed, reviewed) or nothing is due.
-- The rule is app.services.incidents.incident_next_due; the incident service stores it in the
-- same transaction as every write that can change it (create, facts, transition, grade,
-- checklist, a change of the office's response targets), and the bulk demo writer stores it with
-- each row. The overdue filter is then "next_due_at < now", read from a partial index.
--
-- The backfill below applies that rule in SQL with the default targets of
-- app.domain.clocks.DEFAULT_GRADE_TARGETS (acknowledge 15 min / 1 h / 4 h / 24 h, start response
-- 1 h / 4 h / 24 h / 72 h for grades I-IV): before this migration no database could hold other
-- targets (they became configurable together with it). Times are stored as ISO 8601 UTC text
-- with microseconds ("2026-03-01T09:00:00.123456+00:00"); the targets are whole minutes, so the
-- due text is the shifted date and time to the second (shifted without the fraction: SQLite keeps
-- only milliseconds and would round .9996 s up), then the original fraction and offset.
-- Portable apart from strftime (a PostgreSQL adapter would add an interval instead).

ALTER TABLE incidents ADD COLUMN next_due_at TEXT;

-- An incident's open steps, earliest due first: what computing its next due time reads. Without
-- it "incident_id = ? AND done_at IS NULL" is answered from the (done_at, due_at) index, which
-- reads every open step of every incident (minutes for the backfill below at 20,000 incidents).
CREATE INDEX incident_checklist_by_incident ON incident_checklist (incident_id, done_at, due_at);

UPDATE incidents
SET next_due_at = (
    SELECT min(due) FROM (
        SELECT CASE WHEN incidents.acknowledged_at IS NULL AND incidents.response_started_at IS NULL
               THEN strftime('%Y-%m-%dT%H:%M:%S', substr(incidents.reported_at, 1, 19),
                             CASE incidents.grade WHEN 'I' THEN '+15 minutes' WHEN 'II' THEN '+60 minutes'
                                                  WHEN 'III' THEN '+240 minutes' ELSE '+1440 minutes' END)
                    || substr(incidents.reported_at, 20, 7) || '+00:00'
               END AS due
        UNION ALL
        SELECT CASE WHEN incidents.response_started_at IS NULL
               THEN strftime('%Y-%m-%dT%H:%M:%S', substr(incidents.reported_at, 1, 19),
                             CASE incidents.grade WHEN 'I' THEN '+60 minutes' WHEN 'II' THEN '+240 minutes'
                                                  WHEN 'III' THEN '+1440 minutes' ELSE '+4320 minutes' END)
                    || substr(incidents.reported_at, 20, 7) || '+00:00'
               END
        UNION ALL
        SELECT min(c.due_at) FROM incident_checklist c
        WHERE c.incident_id = incidents.id AND c.done_at IS NULL
    )
)
WHERE status NOT IN ('dismissed', 'reviewed');

-- Open incidents with something due, by due time: the overdue filter and its count read only
-- these (a comparison "next_due_at < ?" implies NOT NULL, so SQLite may use the partial index).
CREATE INDEX incidents_by_next_due ON incidents (next_due_at) WHERE next_due_at IS NOT NULL;
-- ... and the overdue page in the default order: the same rows by last change, carrying the due
-- time, so the first page is read in order (about 50 index entries) instead of sorting every
-- overdue case.
CREATE INDEX incidents_open_by_updated ON incidents (updated_at, next_due_at) WHERE next_due_at IS NOT NULL;

-- A grade or category filter sorted by the last change (the case list's default order) reads
-- the first page straight from the index instead of sorting every matching row.
DROP INDEX incidents_by_grade;
DROP INDEX incidents_by_category;
CREATE INDEX incidents_by_grade ON incidents (grade, updated_at);
CREATE INDEX incidents_by_category ON incidents (category, updated_at);

-- A one- or two-character search is a LIKE on the title (the trigram index needs three); its
-- count scans this narrow index instead of the whole table with every free-text column.
CREATE INDEX incidents_by_title ON incidents (title);

-- Statistics for the planner: with them a combined filter (status and grade) starts from the more
-- selective index. ANALYZE is an ordinary write inside this migration's transaction (SQLCipher
-- encrypts sqlite_stat1 like any table); on a new, empty database it only creates the statistics
-- tables, and the bulk demo writer analyses again after filling (DemoBulkRepository.analyse).
ANALYZE incidents;
