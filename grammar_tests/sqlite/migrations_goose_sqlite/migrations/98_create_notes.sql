-- +goose Up
CREATE TABLE notebooks (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL
);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    notebook_id INTEGER NOT NULL REFERENCES notebooks (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    pinned INTEGER NOT NULL DEFAULT 0,
    color TEXT
);

-- +goose Down
DROP TABLE notes;
DROP TABLE notebooks;
