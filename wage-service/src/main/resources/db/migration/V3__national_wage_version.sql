-- Hand edits of a year's national figures are guarded by this version (optimistic locking, 409 on a stale one).
-- An import that replaces a year gives its rows a version above any the year had, so an edit prepared before the
-- import is refused rather than applied on top of it.
ALTER TABLE national_wage ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
