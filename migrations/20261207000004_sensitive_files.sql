-- Letters carry CPR numbers: files passed on in the conversation of a request for an offer
-- marked `sensitive_files` in the catalogue are kept a shorter time than other files.
ALTER TABLE offers ADD COLUMN sensitive_files INTEGER NOT NULL DEFAULT 0;
ALTER TABLE files ADD COLUMN request_id INTEGER REFERENCES requests (id) ON DELETE SET NULL;
CREATE INDEX files_created ON files (created_at);
CREATE INDEX files_request ON files (request_id);
