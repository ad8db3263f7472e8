CREATE TABLE packet (
    id integer PRIMARY KEY,
    body bytea NOT NULL DEFAULT '',
    head bytea DEFAULT 'ab\000'::bytea,
    tail bytea DEFAULT '\xDEAD',
    CONSTRAINT packet_body CHECK (body <> '')
);
