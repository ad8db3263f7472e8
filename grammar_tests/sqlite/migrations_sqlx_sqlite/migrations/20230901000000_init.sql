CREATE TABLE devices (
    id INTEGER PRIMARY KEY,
    serial TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('sensor', 'relay'))
);

CREATE TABLE readings (
    device_id INTEGER NOT NULL REFERENCES devices (id),
    taken_at INTEGER NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (device_id, taken_at)
) WITHOUT ROWID;
