-- Coordinators' work: broadcasts with delivery reports, events with RSVPs and reminders,
-- answers to questions, and the catalogue's upkeep.

CREATE TABLE broadcasts (
    id INTEGER PRIMARY KEY,
    created_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    -- newcomers, volunteers or both
    audience TEXT NOT NULL CHECK (audience IN ('newcomers', 'volunteers', 'both')),
    group_id INTEGER REFERENCES groups (id) ON DELETE SET NULL,
    lang TEXT,
    event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'sending' CHECK (status IN ('sending', 'cancelled')),
    -- Recipients with no platform address that still reaches them when it was sent.
    unreachable INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    cancelled_at TEXT
);
CREATE TABLE broadcast_texts (
    broadcast_id INTEGER NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (broadcast_id, lang)
);
ALTER TABLE outbox ADD COLUMN broadcast_id INTEGER REFERENCES broadcasts (id) ON DELETE SET NULL;
CREATE INDEX outbox_broadcast ON outbox (broadcast_id, status);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    audience TEXT NOT NULL CHECK (audience IN ('newcomers', 'volunteers', 'both')),
    starts_at TEXT NOT NULL,
    place TEXT NOT NULL,
    created_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX events_starts ON events (starts_at);
CREATE TABLE event_texts (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (event_id, lang)
);
CREATE TABLE rsvps (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    going INTEGER NOT NULL CHECK (going IN (0, 1)),
    answered_at TEXT NOT NULL,
    PRIMARY KEY (event_id, person_id)
);

ALTER TABLE questions ADD COLUMN answered_by INTEGER REFERENCES people (id) ON DELETE SET NULL;
ALTER TABLE questions ADD COLUMN answered_at TEXT;
