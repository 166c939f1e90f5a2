-- Indexes for the lookups every screen and erasure makes by person or by group, so that a
-- screen's queries stay cheap however many rows there are.
CREATE INDEX IF NOT EXISTS requests_volunteer ON requests (volunteer_id, status);
CREATE INDEX IF NOT EXISTS coordinators_group ON coordinators (group_id);
CREATE INDEX IF NOT EXISTS request_notices_volunteer ON request_notices (volunteer_id);
CREATE INDEX IF NOT EXISTS outbox_person ON outbox (person_id);
CREATE INDEX IF NOT EXISTS questions_person ON questions (person_id);
CREATE INDEX IF NOT EXISTS files_person ON files (person_id);
CREATE INDEX IF NOT EXISTS rsvps_person ON rsvps (person_id);
CREATE INDEX IF NOT EXISTS volunteers_status ON volunteers (status, created_at);
