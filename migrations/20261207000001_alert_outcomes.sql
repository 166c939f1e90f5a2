-- What became of a cry for help, and which pattern heard it: outcomes are counted per rule,
-- never with the words, so the pattern files can be improved.
ALTER TABLE alerts ADD COLUMN rule TEXT;
ALTER TABLE alerts ADD COLUMN platform TEXT;
ALTER TABLE alerts ADD COLUMN outcome TEXT;
ALTER TABLE alerts ADD COLUMN closed_at TEXT;
CREATE INDEX alerts_person ON alerts (person_id);
CREATE INDEX alerts_created ON alerts (created_at);
CREATE INDEX alerts_platform ON alerts (platform, created_at);
