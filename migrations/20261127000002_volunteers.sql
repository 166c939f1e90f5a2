-- Volunteers and coordinators, the transactional outbox, files passed through relays, and
-- time-driven jobs.

-- A person may reach Velkommen on several platforms: messages go to the one used last that
-- still reaches them.
ALTER TABLE identities ADD COLUMN reachable INTEGER NOT NULL DEFAULT 1;
ALTER TABLE identities ADD COLUMN last_seen_at TEXT;

CREATE TABLE volunteers (
    person_id INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'declined')),
    paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    created_at TEXT NOT NULL,
    decided_at TEXT,
    decided_by INTEGER REFERENCES people (id) ON DELETE SET NULL
);
CREATE TABLE volunteer_groups (
    person_id INTEGER NOT NULL REFERENCES volunteers (person_id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, group_id)
);
CREATE INDEX volunteer_groups_group ON volunteer_groups (group_id);
-- Spoken languages: da, ar, en and the others newcomers often speak (ti, fa, so, ku, uk, tr, ps).
CREATE TABLE volunteer_languages (
    person_id INTEGER NOT NULL REFERENCES volunteers (person_id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    PRIMARY KEY (person_id, lang)
);
CREATE TABLE volunteer_categories (
    person_id INTEGER NOT NULL REFERENCES volunteers (person_id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    PRIMARY KEY (person_id, category)
);

-- Coordinators made by an invite code; those named in configuration are added at start.
CREATE TABLE coordinators (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, group_id)
);
CREATE TABLE invites (
    code TEXT PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    created_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    used_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    used_at TEXT
);

ALTER TABLE requests ADD COLUMN volunteer_id INTEGER REFERENCES people (id) ON DELETE SET NULL;
ALTER TABLE requests ADD COLUMN claimed_at TEXT;
ALTER TABLE requests ADD COLUMN closed_at TEXT;
ALTER TABLE requests ADD COLUMN escalated_at TEXT;
ALTER TABLE requests ADD COLUMN relay_open INTEGER NOT NULL DEFAULT 0;
-- 1 for 👍, -1 for 👎.
ALTER TABLE requests ADD COLUMN feedback INTEGER;

-- Which volunteers were told of which request, so the others can be told it was taken.
CREATE TABLE request_notices (
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    volunteer_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    declined INTEGER NOT NULL DEFAULT 0,
    -- The notification in the outbox: cancelled if still waiting when someone else accepts.
    outbox_id INTEGER,
    created_at TEXT NOT NULL,
    PRIMARY KEY (request_id, volunteer_id)
);

-- Messages to people other than the one acting, written in the same transaction as the
-- change that causes them and drained by each platform's delivery worker.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    platform TEXT NOT NULL,
    user_id TEXT NOT NULL,
    lang TEXT NOT NULL,
    message TEXT NOT NULL,
    not_before TEXT NOT NULL,
    lease_until TEXT,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'delivered', 'failed', 'unreachable', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    done_at TEXT
);
CREATE INDEX outbox_due ON outbox (platform, status, not_before);

-- Photos, voice notes and documents passed through a relay.
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    mime TEXT NOT NULL,
    bytes BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- Time-driven work (widening the circle, escalation), kept in the database so it survives
-- a restart. One job of a kind per row it concerns.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    ref_id INTEGER NOT NULL,
    due_at TEXT NOT NULL,
    done_at TEXT,
    UNIQUE (kind, ref_id)
);
CREATE INDEX jobs_due ON jobs (done_at, due_at);
