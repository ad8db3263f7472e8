-- migrate:up
CREATE TABLE projects (
  id serial PRIMARY KEY,
  name varchar(120) NOT NULL,
  archived boolean NOT NULL DEFAULT false
);

CREATE TABLE project_notes (
  id serial PRIMARY KEY,
  project_id integer NOT NULL REFERENCES projects (id),
  body text NOT NULL
);

-- migrate:down
DROP TABLE project_notes;
DROP TABLE projects;
