ALTER TABLE tickets DROP INDEX tickets_holder_email_idx;
ALTER TABLE tickets RENAME COLUMN concert_id TO event_id;
ALTER TABLE concerts ADD COLUMN venue VARCHAR(100) NULL;
ALTER TABLE concerts CHANGE COLUMN headliner title VARCHAR(150) NOT NULL;
RENAME TABLE concerts TO events;
DROP TABLE tickets;
