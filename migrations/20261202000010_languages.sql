-- A person's language is any folder under locales/, checked by the code against the folders
-- loaded at start; the CHECK that named three languages goes.
--
-- SQLite cannot drop a CHECK, and rebuilding the table is unsafe here: the migration runs in
-- a transaction, where foreign keys stay on, so dropping the old table would cascade into
-- every table that points at people. Removing a CHECK changes nothing on disk, so the table's
-- definition is edited in place, as sqlite.org/lang_altertable.html#otheralter allows; RESET
-- reloads it on this connection, and the create-and-drop moves the schema version on, which
-- makes every other connection reload it too.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'lang TEXT NOT NULL CHECK (lang IN (''da'', ''ar'', ''en''))', 'lang TEXT NOT NULL')
WHERE type = 'table' AND name = 'people';
PRAGMA writable_schema = RESET;
CREATE TABLE schema_bump (x);
DROP TABLE schema_bump;
