-- Both column names are cut to the same 57 bytes in a key's name.
CREATE TABLE base (
    xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_a int UNIQUE,
    xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_b int,
    rank int
);

CREATE TABLE variant (
    LIKE base INCLUDING INDEXES,
    UNIQUE (xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_b),
    CHECK (rank > 0)
);
