CREATE TABLE tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL
);
CREATE TABLE plain (
    id INTEGER NOT NULL PRIMARY KEY,
    title TEXT
);
CREATE TABLE big_ids (
    id BIGINT PRIMARY KEY,
    title TEXT
);
CREATE TABLE codes (
    code TEXT PRIMARY KEY,
    label TEXT NOT NULL
);
CREATE TABLE table_level_pk (
    id INTEGER,
    label TEXT,
    PRIMARY KEY (id AUTOINCREMENT)
);
