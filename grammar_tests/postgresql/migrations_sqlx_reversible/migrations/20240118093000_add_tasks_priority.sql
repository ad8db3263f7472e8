-- A simple (irreversible) migration between the reversible ones.
ALTER TABLE tasks ADD COLUMN priority SMALLINT NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5);
CREATE INDEX tasks_project_priority_idx ON tasks (project_id, priority);
