-- BLS prints "#" for a mean at or above the release's top code as it does for a percentile. Such a mean was stored
-- as unknown; it is now stored as the top code and flagged, so it is served as "top-coded" (at least this much),
-- never as "not-available" (BLS did publish it) and never as an exact wage. Hand edits are always exact (FALSE).
ALTER TABLE national_wage ADD COLUMN annual_mean_top_coded BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE national_wage ADD COLUMN hourly_mean_top_coded BOOLEAN NOT NULL DEFAULT FALSE;
