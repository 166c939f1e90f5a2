-- Whose words or name a queued message carries, beyond the person it goes to: a relayed text
-- quotes its writer, a volunteer's notice quotes the newcomer's note, a sign-up notice names
-- the volunteer. Erasing a person removes every message that quotes them.
CREATE TABLE outbox_quotes (
    outbox_id INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (outbox_id, person_id)
);
CREATE INDEX outbox_quotes_person ON outbox_quotes (person_id);

-- What was delivered no longer needs its words or the address it went to: only the counts
-- of the delivery report are kept.
UPDATE outbox SET message = '', user_id = '' WHERE status = 'delivered';
