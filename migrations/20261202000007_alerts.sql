-- A cry for help: the "I need help now" button, or danger words in something a person wrote.
-- Staff are told at once, whatever the hour; if nobody takes it within minutes, everyone who
-- coordinates is told. The question lets staff write back in chat.
CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    danger TEXT,
    question_id INTEGER REFERENCES questions (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    taken_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    taken_at TEXT
);
CREATE INDEX alerts_open ON alerts (taken_at, created_at);

-- Urgent messages go out before everything else waiting.
ALTER TABLE outbox ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
CREATE INDEX outbox_urgent ON outbox (platform, status, priority, not_before);
