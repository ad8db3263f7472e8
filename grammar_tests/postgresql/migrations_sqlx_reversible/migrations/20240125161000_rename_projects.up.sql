ALTER TABLE projects RENAME TO boards;
ALTER TABLE boards RENAME COLUMN title TO name;
ALTER TABLE boards DROP COLUMN legacy_ref;
ALTER TABLE tasks RENAME COLUMN project_id TO board_id;
