CREATE TABLE singleton (
    lock char(1) NOT NULL DEFAULT 'X' UNIQUE CHECK (lock = 'X'),
    position bigint
);

CREATE TABLE code (
    id integer PRIMARY KEY,
    a char(3) CHECK (a ~ '^[a-z]'),
    b char(3) CHECK (a LIKE 'a%'),
    c char(3) CHECK (c = c::varchar),
    d varchar(3) CHECK (d = c),
    e char(3) CHECK (e IN ('x', 'y')),
    f char(3) CHECK (f <> 'z'::text),
    g char(3) CHECK (g >= 'a' AND g < 'n'),
    n integer CHECK (n IS DISTINCT FROM NULL) CHECK (NULL IS NOT DISTINCT FROM n) CHECK (n IN (1, NULL)),
    active boolean CHECK (active IS TRUE OR active IS NOT FALSE),
    score float8
);

CREATE INDEX code_active_idx ON code (id) WHERE active IS TRUE;
CREATE INDEX code_active_score_idx ON code (id) WHERE active IS NOT FALSE AND score > 1;
CREATE INDEX code_a_idx ON code (id) WHERE a = 'X';
CREATE INDEX code_n_idx ON code (id) WHERE n IS DISTINCT FROM NULL;
