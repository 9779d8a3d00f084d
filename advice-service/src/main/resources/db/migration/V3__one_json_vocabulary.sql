-- The platform's one JSON vocabulary (docs/api-style.md). Portable SQL: runs unchanged on PostgreSQL and on the
-- embedded H2 (MODE=PostgreSQL). Existing rows of every guide are carried over; V4 moves the seed guide's citations.

-- the intro cites like any other statement
ALTER TABLE guide ADD COLUMN intro_source_ids VARCHAR(100) NOT NULL DEFAULT '';

-- A benchmark is a band of published percentiles and the classification it belongs to (none where the guide names
-- none): there is one when its percentiles are there. Specializations had the same band under another name.
ALTER TABLE experience_level RENAME COLUMN benchmark_from_pct TO benchmark_percentile_min;
ALTER TABLE experience_level RENAME COLUMN benchmark_to_pct TO benchmark_percentile_max;
ALTER TABLE specialization RENAME COLUMN percentile_min TO benchmark_percentile_min;
ALTER TABLE specialization RENAME COLUMN percentile_max TO benchmark_percentile_max;

-- every salary range has a printed top with "+", the PhD one too
ALTER TABLE experience_level ADD COLUMN phd_base_max_at_least INTEGER;

-- a benefit's amount says its unit in the words every figure uses, not a period of its own
ALTER TABLE benefit ADD COLUMN unit VARCHAR(20);
UPDATE benefit SET unit = CASE amount_period
    WHEN 'annual' THEN 'usd-per-year'
    WHEN 'one-time' THEN 'usd'
    WHEN 'per-conference' THEN 'usd-per-event' END;
ALTER TABLE benefit DROP COLUMN amount_period;
ALTER TABLE benefit ADD CONSTRAINT benefit_unit_check CHECK (unit IN ('usd-per-year', 'usd', 'usd-per-event', 'percent'));

-- career roles can cite, like every other item
ALTER TABLE career_role ADD COLUMN source_ids VARCHAR(100) NOT NULL DEFAULT '';

-- A quoted figure may be per event too. Its check constraint is named differently by each database, so the table
-- is rebuilt with the wider one rather than the constraint dropped by name.
CREATE TABLE negotiation_figure_v3 (
    guide_slug    VARCHAR(100) NOT NULL,
    step          INTEGER      NOT NULL,
    position      INTEGER      NOT NULL,
    label         VARCHAR(300) NOT NULL,
    unit          VARCHAR(20)  NOT NULL CHECK (unit IN ('usd-per-year', 'usd', 'usd-per-event', 'percent')),
    min_value     BIGINT       NOT NULL,
    max_value     BIGINT,
    max_at_least  BIGINT,
    source_ids    VARCHAR(100) NOT NULL DEFAULT '',
    PRIMARY KEY (guide_slug, step, position),
    FOREIGN KEY (guide_slug, step) REFERENCES negotiation_step (guide_slug, step) ON DELETE CASCADE
);
INSERT INTO negotiation_figure_v3 (guide_slug, step, position, label, unit, min_value, max_value, max_at_least, source_ids)
SELECT guide_slug, step, position, label, unit, min_value, max_value, max_at_least, source_ids FROM negotiation_figure;
DROP TABLE negotiation_figure;
ALTER TABLE negotiation_figure_v3 RENAME TO negotiation_figure;

-- statements the guide makes about a section's figures (the top state, a range across classifications)
CREATE TABLE highlight (
    guide_slug    VARCHAR(100)  NOT NULL REFERENCES guide (slug) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    section_name  VARCHAR(40)   NOT NULL,
    statement     VARCHAR(1000) NOT NULL,
    source_ids    VARCHAR(100)  NOT NULL DEFAULT '',
    PRIMARY KEY (guide_slug, position)
);

CREATE TABLE highlight_figure (
    guide_slug          VARCHAR(100) NOT NULL,
    highlight_position  INTEGER      NOT NULL,
    position            INTEGER      NOT NULL,
    label               VARCHAR(300) NOT NULL,
    unit                VARCHAR(20)  NOT NULL CHECK (unit IN ('usd-per-year', 'usd', 'usd-per-event', 'percent')),
    min_value           BIGINT       NOT NULL,
    max_value           BIGINT,
    max_at_least        BIGINT,
    source_ids          VARCHAR(100) NOT NULL DEFAULT '',
    PRIMARY KEY (guide_slug, highlight_position, position),
    FOREIGN KEY (guide_slug, highlight_position) REFERENCES highlight (guide_slug, position) ON DELETE CASCADE
);

-- citations a guide attaches to a whole section, stated once rather than on each of its items
CREATE TABLE section_source (
    guide_slug    VARCHAR(100) NOT NULL REFERENCES guide (slug) ON DELETE CASCADE,
    section_name  VARCHAR(40)  NOT NULL,
    source_ids    VARCHAR(100) NOT NULL,
    PRIMARY KEY (guide_slug, section_name)
);
