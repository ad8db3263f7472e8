CREATE TABLE document (
    id INTEGER PRIMARY KEY,
    _private TEXT,
    json TEXT,
    schema TEXT,
    register INTEGER,
    copy TEXT,
    title TEXT NOT NULL
);

CREATE TABLE revision (
    id INTEGER PRIMARY KEY,
    _document_id INTEGER NOT NULL REFERENCES document (id),
    body TEXT
);
