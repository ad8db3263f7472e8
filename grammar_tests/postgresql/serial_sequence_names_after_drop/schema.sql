CREATE TABLE session (id serial PRIMARY KEY, token text);
DROP TABLE session;
CREATE TABLE session (id serial PRIMARY KEY, token text, expires timestamptz);

CREATE TABLE device (id serial PRIMARY KEY, name text);
ALTER TABLE device RENAME TO device_backup;
CREATE TABLE device (id serial PRIMARY KEY, name text NOT NULL);

CREATE TABLE event (id integer PRIMARY KEY, seq bigserial);
ALTER TABLE event DROP COLUMN seq;
ALTER TABLE event ADD COLUMN seq bigserial;
