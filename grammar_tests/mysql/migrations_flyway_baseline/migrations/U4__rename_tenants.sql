ALTER TABLE users CHANGE display_name first_name VARCHAR(60) NULL;
ALTER TABLE users ADD COLUMN last_name VARCHAR(60) NULL;
ALTER TABLE users RENAME COLUMN organisation_id TO tenant_id;
RENAME TABLE organisations TO tenants;
DROP TABLE users;
