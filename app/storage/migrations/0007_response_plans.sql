-- Response-plan templates (應急預案) as admins edited them. A category's plan for all grades has
-- grade NULL; a plan for one grade names it. No row means the shipped default
-- (app.domain.response_plans.DEFAULT_TEMPLATES) applies, so deleting a row is "reset to default".
-- Incidents keep the checklist copied at activation (incident_checklist): editing a template here
-- never changes a running incident.
--
-- steps: JSON array, in order, of {"order", "code", "title_en", "title_zh", "role",
-- "due_offset_seconds"}; the service checks it with the domain rules before writing.
-- Two partial unique indexes give "one plan per category and grade" with NULL meaning all grades
-- (a plain UNIQUE would let two NULL grades through). Portable SQL (PostgreSQL has partial indexes).

CREATE TABLE response_plan_templates (
    id          INTEGER PRIMARY KEY,
    category    TEXT NOT NULL,
    grade       TEXT CHECK (grade IS NULL OR grade IN ('I', 'II', 'III', 'IV')),
    steps       TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  INTEGER REFERENCES users (id)
);
CREATE UNIQUE INDEX response_plan_templates_all_grades ON response_plan_templates (category)
    WHERE grade IS NULL;
CREATE UNIQUE INDEX response_plan_templates_by_grade ON response_plan_templates (category, grade)
    WHERE grade IS NOT NULL;
