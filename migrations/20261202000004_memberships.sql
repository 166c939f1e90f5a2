-- A volunteer is approved per group: each group's coordinators decide on their own group, and
-- a volunteer hears only of the requests of groups that approved them.
ALTER TABLE volunteer_groups ADD COLUMN status TEXT NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'approved', 'declined', 'left'));
ALTER TABLE volunteer_groups ADD COLUMN decided_by INTEGER REFERENCES people (id) ON DELETE SET NULL;
ALTER TABLE volunteer_groups ADD COLUMN decided_at TEXT;

-- Today's decisions carry over to every group each volunteer already has.
UPDATE volunteer_groups SET
    status = (SELECT v.status FROM volunteers v WHERE v.person_id = volunteer_groups.person_id),
    decided_by = (SELECT v.decided_by FROM volunteers v WHERE v.person_id = volunteer_groups.person_id),
    decided_at = (SELECT v.decided_at FROM volunteers v WHERE v.person_id = volunteer_groups.person_id);

CREATE INDEX volunteer_groups_status ON volunteer_groups (group_id, status);
