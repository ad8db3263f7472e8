CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    owner INTEGER NOT NULL REFERENCES users (id),
    user_id INTEGER REFERENCES users (id),
    user TEXT,
    reviewer_id INTEGER REFERENCES users (id),
    reviewer TEXT,
    metadata TEXT
);
