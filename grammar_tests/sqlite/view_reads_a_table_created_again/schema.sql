CREATE TABLE gauges (id INTEGER PRIMARY KEY, reading TEXT, unit TEXT);
CREATE VIEW gauge_readings AS SELECT id, reading, unit FROM gauges;

DROP TABLE gauges;
CREATE TABLE gauges (id INTEGER PRIMARY KEY, reading NUMERIC(8, 2) NOT NULL, unit VARCHAR(8), note TEXT);
