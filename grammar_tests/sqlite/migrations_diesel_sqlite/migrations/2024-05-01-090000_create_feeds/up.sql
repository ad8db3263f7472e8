CREATE TABLE feeds (
    id INTEGER PRIMARY KEY NOT NULL,
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    etag TEXT
);
