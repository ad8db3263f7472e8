-- migrate:up
CREATE TABLE issues (
  id bigserial PRIMARY KEY,
  project_id integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  title text NOT NULL,
  state varchar(16) NOT NULL DEFAULT 'open',
  opened_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- migrate:down
DROP TABLE issues;
