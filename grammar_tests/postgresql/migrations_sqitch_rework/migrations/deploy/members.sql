-- Deploy shelf:members to pg
-- requires: readers

BEGIN;

ALTER TABLE readers RENAME TO members;
ALTER TABLE members RENAME COLUMN name TO full_name;
ALTER TABLE loans RENAME COLUMN reader_id TO member_id;
ALTER TABLE members ADD COLUMN joined_on DATE NOT NULL DEFAULT CURRENT_DATE;

COMMIT;
