CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    note TEXT,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'person',
    created TEXT DEFAULT CURRENT_TIMESTAMP,
    score INTEGER NOT NULL DEFAULT 0,
    upper_name TEXT GENERATED ALWAYS AS (upper(name)) VIRTUAL
);

CREATE TABLE employee (
    id INTEGER PRIMARY KEY REFERENCES person (id),
    salary NUMERIC(10, 2)
);

CREATE TABLE badge (
    id INTEGER PRIMARY KEY,
    holder_id INTEGER NOT NULL REFERENCES person (id),
    label TEXT NOT NULL DEFAULT 'member'
);
