-- Who an announcement reaches is worked out from its sender's rights at the moment of
-- sending. A scheduled announcement's copies wait until a job has checked them again at their
-- time: `checked_at` is when it did; `narrow` says its newcomers are the group's own (a group's
-- coordinator sent it) rather than every newcomer (staff did).
ALTER TABLE broadcasts ADD COLUMN narrow INTEGER NOT NULL DEFAULT 0;
ALTER TABLE broadcasts ADD COLUMN checked_at TEXT;
-- Scheduled announcements already queued were checked when they were made.
UPDATE broadcasts SET checked_at = created_at;
CREATE INDEX broadcasts_unchecked ON broadcasts (checked_at) WHERE checked_at IS NULL;
