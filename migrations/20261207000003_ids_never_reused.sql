-- Ids shown to people, in the audit trail and in logs never come back. SQLite hands out the
-- next row number after the largest one left, so after an erasure the next new person got the
-- erased person's number, and an audit or log line could point at someone else. SQLite's
-- AUTOINCREMENT would need each table rebuilt, which its migrations cannot do safely inside
-- their transaction (dropping a table with foreign keys on cascades); instead the highest id
-- ever removed is kept per table, and new rows are numbered above it (`store::next_id`).
-- Today's ids are kept.
CREATE TABLE id_floor (
    name TEXT PRIMARY KEY,
    high INTEGER NOT NULL
);
INSERT INTO id_floor (name, high) SELECT 'people', COALESCE(MAX(id), 0) FROM people;
CREATE TRIGGER people_id_floor AFTER DELETE ON people BEGIN
    UPDATE id_floor SET high = MAX(high, OLD.id) WHERE name = 'people';
END;
INSERT INTO id_floor (name, high) SELECT 'requests', COALESCE(MAX(id), 0) FROM requests;
CREATE TRIGGER requests_id_floor AFTER DELETE ON requests BEGIN
    UPDATE id_floor SET high = MAX(high, OLD.id) WHERE name = 'requests';
END;
INSERT INTO id_floor (name, high) SELECT 'questions', COALESCE(MAX(id), 0) FROM questions;
CREATE TRIGGER questions_id_floor AFTER DELETE ON questions BEGIN
    UPDATE id_floor SET high = MAX(high, OLD.id) WHERE name = 'questions';
END;
INSERT INTO id_floor (name, high) SELECT 'alerts', COALESCE(MAX(id), 0) FROM alerts;
CREATE TRIGGER alerts_id_floor AFTER DELETE ON alerts BEGIN
    UPDATE id_floor SET high = MAX(high, OLD.id) WHERE name = 'alerts';
END;
INSERT INTO id_floor (name, high) SELECT 'broadcasts', COALESCE(MAX(id), 0) FROM broadcasts;
CREATE TRIGGER broadcasts_id_floor AFTER DELETE ON broadcasts BEGIN
    UPDATE id_floor SET high = MAX(high, OLD.id) WHERE name = 'broadcasts';
END;
INSERT INTO id_floor (name, high) SELECT 'events', COALESCE(MAX(id), 0) FROM events;
CREATE TRIGGER events_id_floor AFTER DELETE ON events BEGIN
    UPDATE id_floor SET high = MAX(high, OLD.id) WHERE name = 'events';
END;
INSERT INTO id_floor (name, high) SELECT 'invites', COALESCE(MAX(id), 0) FROM invites;
CREATE TRIGGER invites_id_floor AFTER DELETE ON invites BEGIN
    UPDATE id_floor SET high = MAX(high, OLD.id) WHERE name = 'invites';
END;
