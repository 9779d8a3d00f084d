-- Portable SQL: runs unchanged on PostgreSQL and on the embedded H2 (MODE=PostgreSQL).

CREATE TABLE occupation (
    soc_code    VARCHAR(7)   NOT NULL PRIMARY KEY,
    title       VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX occupation_title_idx ON occupation (title);

-- One national wage distribution per occupation and data year (BLS OEWS release year, May reference month).
CREATE TABLE national_wage (
    soc_code     VARCHAR(7)    NOT NULL REFERENCES occupation (soc_code) ON DELETE CASCADE,
    data_year    INTEGER       NOT NULL,
    employment   INTEGER,
    annual_mean  INTEGER,
    hourly_mean  NUMERIC(8, 2),
    -- citation ids of the guide sources this distribution is taken from, comma separated ("1,3")
    source_ids   VARCHAR(100)  NOT NULL DEFAULT '',
    PRIMARY KEY (soc_code, data_year)
);

-- annual/hourly are NULL when BLS publishes no figure; *_top_coded marks BLS's "#" (at or above the top code),
-- in which case the column holds the top-code value itself and must never be served as an exact wage.
CREATE TABLE wage_percentile (
    soc_code          VARCHAR(7)    NOT NULL,
    data_year         INTEGER       NOT NULL,
    percentile        SMALLINT      NOT NULL CHECK (percentile IN (10, 25, 50, 75, 90)),
    annual            INTEGER,
    hourly            NUMERIC(8, 2),
    annual_top_coded  BOOLEAN       NOT NULL DEFAULT FALSE,
    hourly_top_coded  BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (soc_code, data_year, percentile),
    FOREIGN KEY (soc_code, data_year) REFERENCES national_wage (soc_code, data_year) ON DELETE CASCADE
);

CREATE TABLE employment_projection (
    soc_code        VARCHAR(7)    NOT NULL REFERENCES occupation (soc_code) ON DELETE CASCADE,
    from_year       INTEGER       NOT NULL,
    to_year         INTEGER       NOT NULL,
    growth_percent  NUMERIC(5, 1) NOT NULL,
    source_ids      VARCHAR(100)  NOT NULL DEFAULT '',
    PRIMARY KEY (soc_code, from_year, to_year),
    CHECK (to_year > from_year)
);
