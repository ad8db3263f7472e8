CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    day DATE NOT NULL DEFAULT CURRENT_DATE,
    starts_at TIME DEFAULT CURRENT_TIME,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    payload JSON DEFAULT '{}',
    attachment BLOB DEFAULT X'00',
    published BOOLEAN NOT NULL DEFAULT 0,
    archived BOOL DEFAULT FALSE
);
