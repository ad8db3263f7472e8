-- users of the system
CREATE TABLE users (
    id INTEGER PRIMARY KEY, -- rowid alias
    /* the login name; UNIQUE */
    login TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL -- UNIQUE would be nice here
        CHECK (email LIKE '%@%'), -- must look like an address
    nick TEXT /* , flag INTEGER UNIQUE */ DEFAULT 'anon'
);
CREATE TABLE sessions ( -- one row per login
    token TEXT PRIMARY KEY NOT NULL,
    user_id INTEGER NOT NULL -- the owner
        REFERENCES users (id) ON DELETE CASCADE,
    /* CONSTRAINT fake FOREIGN KEY (token) REFERENCES users (login), */
    created_at TEXT DEFAULT CURRENT_TIMESTAMP
) WITHOUT ROWID;
