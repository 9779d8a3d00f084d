-- Portable SQL: runs unchanged on PostgreSQL and on the embedded H2 (MODE=PostgreSQL).
-- Money is whole US dollars. A range is (min, max, max_at_least): an open top ("$211,450+") has max NULL; a
-- printed top followed by "+" ("$170,000-$220,000+") has max NULL and max_at_least holding the printed top.
-- source_ids list the guide's citation numbers, comma separated ("3,5").

CREATE TABLE guide (
    slug     VARCHAR(100)  NOT NULL PRIMARY KEY,
    title    VARCHAR(200)  NOT NULL,
    edition_year INTEGER   NOT NULL,
    intro    VARCHAR(2000) NOT NULL,
    version  BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE guide_source (
    guide_slug  VARCHAR(100)  NOT NULL REFERENCES guide (slug) ON DELETE CASCADE,
    id          INTEGER       NOT NULL,
    label       VARCHAR(500)  NOT NULL,
    url         VARCHAR(500),
    PRIMARY KEY (guide_slug, id)
);

CREATE TABLE guide_classification (
    guide_slug  VARCHAR(100)  NOT NULL REFERENCES guide (slug) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    soc_code    VARCHAR(7)    NOT NULL,
    role        VARCHAR(20)   NOT NULL CHECK (role IN ('baseline', 'upper-bound')),
    rationale   VARCHAR(1000) NOT NULL,
    source_ids  VARCHAR(100)  NOT NULL DEFAULT '',
    PRIMARY KEY (guide_slug, position),
    UNIQUE (guide_slug, soc_code)
);

CREATE TABLE key_takeaway (
    guide_slug  VARCHAR(100)  NOT NULL REFERENCES guide (slug) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    takeaway    VARCHAR(1000) NOT NULL,
    source_ids  VARCHAR(100)  NOT NULL DEFAULT '',
    PRIMARY KEY (guide_slug, position)
);

CREATE TABLE experience_level (
    guide_slug          VARCHAR(100)  NOT NULL REFERENCES guide (slug) ON DELETE CASCADE,
    position            INTEGER       NOT NULL,
    level               VARCHAR(30)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    min_years           INTEGER       NOT NULL,
    max_years           INTEGER,
    base_min            INTEGER,
    base_max            INTEGER,
    base_max_at_least   INTEGER,
    total_min           INTEGER,
    total_max           INTEGER,
    total_max_at_least  INTEGER,
    phd_base_min        INTEGER,
    phd_base_max        INTEGER,
    benchmark_soc       VARCHAR(7),
    benchmark_from_pct  INTEGER,
    benchmark_to_pct    INTEGER,
    summary             VARCHAR(2000) NOT NULL,
    source_ids          VARCHAR(100)  NOT NULL DEFAULT '',
    PRIMARY KEY (guide_slug, position),
    UNIQUE (guide_slug, level)
);

CREATE TABLE specialization (
    guide_slug          VARCHAR(100)  NOT NULL REFERENCES guide (slug) ON DELETE CASCADE,
    position            INTEGER       NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    summary             VARCHAR(2000) NOT NULL,
    base_min            INTEGER,
    base_max            INTEGER,
    base_max_at_least   INTEGER,
    premium_min         INTEGER,
    premium_max         INTEGER,
    percentile_min      INTEGER,
    percentile_max      INTEGER,
    benchmark_soc       VARCHAR(7),
    source_ids          VARCHAR(100)  NOT NULL DEFAULT '',
    PRIMARY KEY (guide_slug, position)
);

CREATE TABLE benefit (
    guide_slug            VARCHAR(100)  NOT NULL REFERENCES guide (slug) ON DELETE CASCADE,
    position              INTEGER       NOT NULL,
    name                  VARCHAR(200)  NOT NULL,
    summary               VARCHAR(2000) NOT NULL,
    amount_min            INTEGER,
    amount_max            INTEGER,
    amount_max_at_least   INTEGER,
    amount_period         VARCHAR(30),
    base_percent_min      INTEGER,
    base_percent_max      INTEGER,
    example_base          INTEGER,
    source_ids            VARCHAR(100)  NOT NULL DEFAULT '',
    PRIMARY KEY (guide_slug, position)
);

CREATE TABLE negotiation_step (
    guide_slug  VARCHAR(100)  NOT NULL REFERENCES guide (slug) ON DELETE CASCADE,
    step        INTEGER       NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    detail      VARCHAR(2000) NOT NULL,
    source_ids  VARCHAR(100)  NOT NULL DEFAULT '',
    PRIMARY KEY (guide_slug, step)
);

-- numbers a negotiation step quotes; unit 'usd', 'usd-per-year' or 'percent'
CREATE TABLE negotiation_figure (
    guide_slug    VARCHAR(100) NOT NULL,
    step          INTEGER      NOT NULL,
    position      INTEGER      NOT NULL,
    label         VARCHAR(300) NOT NULL,
    unit          VARCHAR(20)  NOT NULL CHECK (unit IN ('usd', 'usd-per-year', 'percent')),
    min_value     BIGINT       NOT NULL,
    max_value     BIGINT,
    max_at_least  BIGINT,
    source_ids    VARCHAR(100) NOT NULL DEFAULT '',
    PRIMARY KEY (guide_slug, step, position),
    FOREIGN KEY (guide_slug, step) REFERENCES negotiation_step (guide_slug, step) ON DELETE CASCADE
);

CREATE TABLE career_role (
    guide_slug         VARCHAR(100)  NOT NULL REFERENCES guide (slug) ON DELETE CASCADE,
    position           INTEGER       NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    track              VARCHAR(30)   NOT NULL CHECK (track IN ('management', 'research')),
    base_min           INTEGER,
    base_max           INTEGER,
    base_max_at_least  INTEGER,
    summary            VARCHAR(1000) NOT NULL,
    PRIMARY KEY (guide_slug, position)
);

-- growth from one experience level to another ("entry to senior in 4-6 years, +70-100 percent base")
CREATE TABLE salary_growth (
    guide_slug            VARCHAR(100) NOT NULL REFERENCES guide (slug) ON DELETE CASCADE,
    from_level            VARCHAR(30)  NOT NULL,
    to_level              VARCHAR(30)  NOT NULL,
    years_min             INTEGER      NOT NULL,
    years_max             INTEGER      NOT NULL,
    increase_percent_min  INTEGER      NOT NULL,
    increase_percent_max  INTEGER      NOT NULL,
    source_ids            VARCHAR(100) NOT NULL DEFAULT '',
    PRIMARY KEY (guide_slug, from_level, to_level)
);

CREATE TABLE faq (
    guide_slug  VARCHAR(100)  NOT NULL REFERENCES guide (slug) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    question    VARCHAR(500)  NOT NULL,
    answer      VARCHAR(2000) NOT NULL,
    source_ids  VARCHAR(100)  NOT NULL DEFAULT '',
    PRIMARY KEY (guide_slug, position)
);
