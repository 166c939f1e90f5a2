-- When a person inactive for nearly the whole retention period was told that their data is
-- about to be erased; cleared as soon as they write again.
ALTER TABLE people ADD COLUMN warned_at TEXT;
