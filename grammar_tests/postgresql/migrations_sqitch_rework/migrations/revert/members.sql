-- Revert shelf:members from pg

BEGIN;

ALTER TABLE members DROP COLUMN joined_on;
ALTER TABLE loans RENAME COLUMN member_id TO reader_id;
ALTER TABLE members RENAME COLUMN full_name TO name;
ALTER TABLE members RENAME TO readers;

COMMIT;
