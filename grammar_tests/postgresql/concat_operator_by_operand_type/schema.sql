CREATE TABLE chunk (
    id integer PRIMARY KEY,
    head bytea,
    tail bytea,
    mask bit(4),
    label varchar(10),
    CONSTRAINT chunk_joined CHECK (octet_length(head || tail) < 100),
    CONSTRAINT chunk_marked CHECK (length(head || '\x00') > 1),
    CONSTRAINT chunk_mask CHECK (length(mask || B'1') = 5),
    CONSTRAINT chunk_label CHECK (length(label || 'x') > 1)
);
