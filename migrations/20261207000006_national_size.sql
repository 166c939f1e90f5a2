-- At national size (50,000 newcomers, 300,000 requests, a year of deliveries) nothing a
-- screen, the report, the retention job or an erasure reads may scan a whole table.
-- The report reads a quarter of requests by when they came, per offer and so per group.
CREATE INDEX requests_created ON requests (created_at);
CREATE INDEX requests_offer_created ON requests (offer_id, created_at);
-- The retention job: closed requests by when they closed, answered questions by when.
CREATE INDEX requests_closed ON requests (closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX questions_answered ON questions (answered_at) WHERE answered_at IS NOT NULL;
-- Delivered, failed and cancelled messages by when they ended, for their retention.
CREATE INDEX outbox_done ON outbox (done_at) WHERE status <> 'pending';
-- Every column that points at a person, so that erasing one (ON DELETE SET NULL) finds
-- their rows by index.
CREATE INDEX audit_actor ON audit (actor);
CREATE INDEX questions_answered_by ON questions (answered_by);
CREATE INDEX alerts_taken_by ON alerts (taken_by);
CREATE INDEX volunteer_groups_decided_by ON volunteer_groups (decided_by);
CREATE INDEX invites_used_by ON invites (used_by);
CREATE INDEX broadcasts_created_by ON broadcasts (created_by);
CREATE INDEX events_created_by ON events (created_by);
-- The report's events per group in a quarter.
CREATE INDEX events_group ON events (group_id, starts_at);
-- Every request closed since closing times were kept has one; older ones are dated by their
-- last change, so the retention job can find every closed request by the index above.
UPDATE requests SET closed_at = updated_at
 WHERE status IN ('done', 'cancelled') AND closed_at IS NULL;
CREATE INDEX questions_created ON questions (created_at);
-- What waits to be sent, found without reading a year of deliveries (the dashboard,
-- /metrics, /readyz).
CREATE INDEX outbox_pending ON outbox (platform, not_before) WHERE status = 'pending';
