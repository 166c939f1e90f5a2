-- People, their platform identities and where each stands in a conversation; the catalogue;
-- newcomers' requests and questions.

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    lang TEXT NOT NULL CHECK (lang IN ('da', 'ar', 'en')),
    -- pending: not answered yet; agreed; declined (may browse, nothing else is stored).
    consent TEXT NOT NULL DEFAULT 'pending' CHECK (consent IN ('pending', 'agreed', 'declined')),
    consent_at TEXT,
    news INTEGER NOT NULL DEFAULT 0 CHECK (news IN (0, 1)),
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);
CREATE INDEX people_last_seen ON people (last_seen_at);

-- One person may reach Velkommen from several platforms.
CREATE TABLE identities (
    platform TEXT NOT NULL CHECK (platform IN ('terminal', 'telegram', 'discord')),
    user_id TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (platform, user_id)
);
CREATE INDEX identities_person ON identities (person_id);

-- The persisted conversation state; `version` tells a stale form from a current one.
CREATE TABLE conversations (
    person_id INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE
);

CREATE TABLE group_texts (
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (group_id, lang)
);

CREATE TABLE offers (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    group_id INTEGER NOT NULL REFERENCES groups (id),
    category TEXT NOT NULL CHECK (category IN ('meet', 'help', 'learn', 'family', 'culture', 'home')),
    kind TEXT NOT NULL CHECK (kind IN ('volunteer', 'drop-in')),
    place_name TEXT,
    place_address TEXT,
    place_lat REAL,
    place_lon REAL,
    position INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    verified_at TEXT
);
CREATE INDEX offers_category ON offers (category, position);

CREATE TABLE offer_texts (
    offer_id INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    schedule TEXT NOT NULL,
    location TEXT NOT NULL,
    PRIMARY KEY (offer_id, lang)
);

CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    offer_id INTEGER NOT NULL REFERENCES offers (id),
    lang TEXT NOT NULL,
    note TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'claimed', 'done', 'cancelled')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX requests_person ON requests (person_id);
-- A person has at most one active request per offer, even when a button is tapped twice.
CREATE UNIQUE INDEX requests_one_active
    ON requests (person_id, offer_id) WHERE status IN ('open', 'claimed');
CREATE INDEX requests_status ON requests (status, created_at);

CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered')),
    created_at TEXT NOT NULL
);
CREATE INDEX questions_status ON questions (status, created_at);

-- Small facts about the database itself, such as whether the catalogue was seeded.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
