RENAME TABLE tenants TO organisations;
ALTER TABLE users RENAME COLUMN tenant_id TO organisation_id;
ALTER TABLE users DROP COLUMN last_name;
ALTER TABLE users CHANGE first_name display_name VARCHAR(120) NULL;
