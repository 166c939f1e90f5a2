-- One send budget shared by every kind of message: an outbox row's priority says how soon it
-- goes. 0 an announcement or reminder to many, 1 a notice to one person, 2 a direct reply that
-- could not go out at once, 3 a cry for help. Until now 1 meant a cry for help and 0 the rest.
UPDATE outbox SET priority = 3 WHERE priority > 0;
UPDATE outbox SET priority = 1 WHERE priority = 0 AND broadcast_id IS NULL;

-- When a worker handed the message to the platform. A message leased but never handed goes
-- back to the queue at once when a worker starts; only a handed one waits for its lease, and
-- only one not yet handed can still be cancelled or withdrawn.
ALTER TABLE outbox ADD COLUMN handed_at TEXT;
