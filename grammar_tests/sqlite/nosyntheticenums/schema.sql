CREATE TABLE ticket (
    id INTEGER PRIMARY KEY,
    state VARCHAR(10) NOT NULL CHECK (state IN ('open', 'closed', 'wontfix')),
    priority TEXT CHECK (priority IN ('low', 'high')),
    urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1))
);
