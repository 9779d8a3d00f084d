-- Portable SQL: runs unchanged on PostgreSQL and on the embedded H2 (MODE=PostgreSQL).

-- Every kind of area BLS publishes below the nation: states (AREA_TYPE 2, USPS code), territories (3: PR, GU, VI),
-- metropolitan areas (4, CBSA code) and nonmetropolitan areas (6, BLS code such as 2600004). Each area knows its
-- state: its own code for a state or territory, PRIM_STATE (the primary state) for the others; null only for a
-- metro named by hand without one. The table is rebuilt because the type check's constraint has a different
-- generated name on each database, so it cannot be dropped by name.
CREATE TABLE area_v5 (
    code       VARCHAR(10)  NOT NULL PRIMARY KEY,
    area_type  VARCHAR(10)  NOT NULL CHECK (area_type IN ('state', 'territory', 'metro', 'nonmetro')),
    name       VARCHAR(200) NOT NULL,
    state      VARCHAR(2),
    UNIQUE (area_type, name)
);

-- A metro's primary state is the first code after the comma of its BLS title ("Boston-Cambridge-Newton, MA-NH").
INSERT INTO area_v5 (code, area_type, name, state)
SELECT code,
       CASE WHEN area_type = 'state' AND code IN ('PR', 'GU', 'VI') THEN 'territory' ELSE area_type END,
       name,
       CASE WHEN area_type = 'state' THEN code
            WHEN POSITION(', ' IN name) > 0 THEN UPPER(SUBSTRING(name FROM POSITION(', ' IN name) + 2 FOR 2))
            ELSE NULL END
FROM area;

-- CASCADE drops area_wage's foreign key with the old table; it is added again below.
DROP TABLE area CASCADE;
ALTER TABLE area_v5 RENAME TO area;
ALTER TABLE area_wage ADD CONSTRAINT area_wage_area_fk FOREIGN KEY (area_code) REFERENCES area (code);

-- BLS's concentration figures: jobs in the occupation per 1,000 jobs in the area (JOBS_1000, three decimals) and
-- the location quotient (LOC_QUOTIENT, two decimals).
ALTER TABLE area_wage ADD COLUMN jobs_1000 NUMERIC(10, 3);
ALTER TABLE area_wage ADD COLUMN loc_quotient NUMERIC(10, 2);
-- BLS "#" on a mean, as on the percentiles (V4): the column holds the top code, a lower bound.
ALTER TABLE area_wage ADD COLUMN annual_mean_top BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE area_wage ADD COLUMN hourly_mean_top BOOLEAN NOT NULL DEFAULT FALSE;

-- The batch read asks by area as well as by occupation.
CREATE INDEX area_wage_area_idx ON area_wage (area_code, occupation, data_year);
