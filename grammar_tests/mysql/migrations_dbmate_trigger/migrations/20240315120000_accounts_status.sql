-- migrate:up
ALTER TABLE accounts
  ADD COLUMN status ENUM('active', 'suspended') NOT NULL DEFAULT 'active' AFTER email,
  DROP COLUMN joined_on;

-- migrate:down
ALTER TABLE accounts ADD COLUMN joined_on DATE NOT NULL, DROP COLUMN status;
