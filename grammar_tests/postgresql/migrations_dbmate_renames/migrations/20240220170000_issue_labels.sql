-- migrate:up
ALTER TABLE issues
  ADD COLUMN labels text[] NOT NULL DEFAULT '{}',
  ALTER COLUMN state TYPE varchar(24),
  ALTER COLUMN opened_at TYPE timestamptz;

-- migrate:down
DROP TABLE issues;
