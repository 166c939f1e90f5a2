-- Counting the people new within the last minute, for the limit on newcomers per platform.
CREATE INDEX IF NOT EXISTS people_created ON people (created_at);
CREATE INDEX IF NOT EXISTS files_person_created ON files (person_id, created_at);
