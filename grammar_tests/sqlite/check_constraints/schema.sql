CREATE TABLE t (
    id INTEGER PRIMARY KEY,
    qty INTEGER NOT NULL CHECK (qty >= 0),
    status TEXT CHECK (status IN ('open', 'closed')),
    CONSTRAINT positive_id CHECK (id > 0)
);
