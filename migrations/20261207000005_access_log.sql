-- Since 2024 a person may learn when staff or a coordinator looked up their data, and why.
-- One row per viewer, person, item and day: the board shown twenty times in a morning is one
-- look-up. It goes with the person it is about, and is kept as long as the audit trail.
CREATE TABLE access_log (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    viewer_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    role TEXT NOT NULL CHECK (role IN ('staff', 'coordinator')),
    purpose TEXT NOT NULL CHECK (purpose IN ('request', 'question', 'alert')),
    item_id INTEGER NOT NULL,
    day TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE UNIQUE INDEX access_log_once_a_day ON access_log (viewer_id, person_id, purpose, item_id, day);
CREATE INDEX access_log_person ON access_log (person_id, at);
CREATE INDEX access_log_at ON access_log (at);
