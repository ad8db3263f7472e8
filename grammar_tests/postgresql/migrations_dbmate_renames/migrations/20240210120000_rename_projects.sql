-- migrate:up
ALTER TABLE projects RENAME TO repositories;
ALTER TABLE repositories RENAME COLUMN archived TO is_archived;
ALTER TABLE issues RENAME COLUMN project_id TO repository_id;
DROP TABLE project_notes;

-- migrate:down
CREATE TABLE project_notes (
  id serial PRIMARY KEY,
  project_id integer NOT NULL REFERENCES repositories (id),
  body text NOT NULL
);
ALTER TABLE issues RENAME COLUMN repository_id TO project_id;
ALTER TABLE repositories RENAME COLUMN is_archived TO archived;
ALTER TABLE repositories RENAME TO projects;
