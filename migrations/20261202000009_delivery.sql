-- One send budget shared by every kind of message: an outbox row's priority says how soon it
-- goes. 0 an announcement or reminder to many, 1 a notice to one person, 2 a direct reply that
-- could not go out at once, 3 a cry for help. Until now 1 meant a cry for help and 0 the rest.
UPDATE outbox SET priority = 3 WHERE priority > 0;
UPDATE outbox SET priority = 1 WHERE priority = 0 AND broadcast_id IS NULL;

-- When a worker handed the message to the platform. A message leased but never handed goes
-- back to the queue at once when a worker starts; only a handed one waits for its lease, and
-- only one not yet handed can still be cancelled or withdrawn.
ALTER TABLE outbox ADD COLUMN handed_at TEXT;

-- When a message first met a server or network error: it is retried for a day from then,
-- however long it waited before (quiet hours, a backlog, the bot being down).
ALTER TABLE outbox ADD COLUMN first_failed_at TEXT;

-- Which running worker holds the lease: a worker may hand over only what it holds, so two
-- workers on one database (as in a rolling deploy) never send one message twice.
ALTER TABLE outbox ADD COLUMN leased_by TEXT;
