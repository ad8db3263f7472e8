CREATE TABLE readings (id INTEGER PRIMARY KEY, sensor TEXT NOT NULL, value INT);
CREATE TABLE places (id INTEGER PRIMARY KEY, label TEXT);

CREATE VIEW every_reading AS SELECT * FROM readings;
CREATE VIEW place_labels AS SELECT id, label, label || '!' AS shout FROM places;
CREATE VIEW loud_labels AS SELECT shout FROM place_labels;

ALTER TABLE readings ADD COLUMN taken_at TIMESTAMP;

-- Rebuilt with other types; the views are not made again.
DROP TABLE places;
CREATE TABLE places (id INTEGER PRIMARY KEY, label VARCHAR(40) NOT NULL, region INT);
