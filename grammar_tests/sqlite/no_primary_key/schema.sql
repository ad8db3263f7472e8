CREATE TABLE log (at TEXT NOT NULL, level TEXT, message TEXT);
