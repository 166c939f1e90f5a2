-- What the coordinators' page adds: a broadcast sent at a chosen time, a request closed with
-- a reason, an offer retired from the catalogue, and an event's reminder chosen by the hour.
ALTER TABLE broadcasts ADD COLUMN send_at TEXT;
ALTER TABLE requests ADD COLUMN closed_reason TEXT;
ALTER TABLE offers ADD COLUMN retired_at TEXT;
-- Hours before the start; 0 for no reminder.
ALTER TABLE events ADD COLUMN remind_hours INTEGER NOT NULL DEFAULT 24;

-- A poster: an offer's QR code hung at one place. Its link names it, so the report can count
-- the people whose first message to the bot came from it. Only counts are kept, by the hour
-- (UTC; a quarter starts at a whole hour): nothing ties a person to where they scanned.
CREATE TABLE posters (
    id INTEGER PRIMARY KEY,
    offer_id INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    place TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (offer_id, place)
);
CREATE TABLE poster_opens (
    poster_id INTEGER NOT NULL REFERENCES posters (id) ON DELETE CASCADE,
    hour TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (poster_id, hour)
);
