ALTER TABLE tasks RENAME COLUMN board_id TO project_id;
ALTER TABLE boards ADD COLUMN legacy_ref INTEGER;
ALTER TABLE boards RENAME COLUMN name TO title;
ALTER TABLE boards RENAME TO projects;
