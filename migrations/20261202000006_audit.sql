-- What coordinators and staff did: who (Velkommen's id; emptied if they are erased), what, to
-- which row, when. Ids only, never names or texts. Kept for the configured time.
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor INTEGER REFERENCES people (id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    subject INTEGER NOT NULL
);
CREATE INDEX audit_at ON audit (at);
