-- The coordinators' web page: one-time login links sent in chat, and the sessions they open.
-- Only SHA-256 hashes of the secrets are kept; both go with the person.
CREATE TABLE desk_links (
    hash TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX desk_links_person ON desk_links (person_id);

CREATE TABLE desk_sessions (
    hash TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX desk_sessions_person ON desk_sessions (person_id);
