-- Invite codes are kept only as a SHA-256 hash, expire, and can be withdrawn by whoever made
-- them. The codes made before this were short and kept in clear: they are withdrawn (the
-- coordinators they made stay coordinators).
DROP TABLE invites;
CREATE TABLE invites (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    created_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    used_at TEXT,
    revoked_at TEXT
);
CREATE INDEX invites_created_by ON invites (created_by);

-- Wrong codes tried, to pause someone guessing.
CREATE TABLE invite_tries (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    tried_at TEXT NOT NULL
);
CREATE INDEX invite_tries_person ON invite_tries (person_id, tried_at);
