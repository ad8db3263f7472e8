CREATE TABLE item (
    id integer PRIMARY KEY,
    code varchar(10) DEFAULT 'abc'::varchar(5),
    label varchar(10) DEFAULT NULL::varchar(5),
    price numeric(8, 2) DEFAULT 5::numeric(5, 2),
    title text DEFAULT NULL::varchar(5),
    qty integer DEFAULT NULL::bigint,
    grade char(3) DEFAULT 'ab'::char(3),
    stamp timestamp(3) DEFAULT '2000-01-01'::timestamp(3),
    moment timestamptz(0) DEFAULT now()::timestamptz(0),
    ids bigint[] DEFAULT ARRAY[1, 2]::bigint[],
    names varchar(5)[] DEFAULT ARRAY['a', 'b']::varchar(5)[],
    empty_names varchar(5)[] DEFAULT ARRAY[]::varchar[],
    no_names varchar(5)[] DEFAULT ARRAY[]::varchar(5)[],
    amounts numeric[] DEFAULT ARRAY[1.5, 2]::numeric[],
    first_id bigint DEFAULT (ARRAY[1, 2]::bigint[])[1],
    weight float8 CHECK (weight::numeric(5, 2) > 1),
    size integer CHECK (size::integer > 0),
    short_code varchar(5) CHECK (short_code::varchar(5) <> ''),
    long_code varchar(10) CHECK (long_code::varchar(5) <> 'x'),
    cost numeric(5, 2) CHECK (cost > 0::numeric(5, 2))
);

CREATE INDEX item_long_code_idx ON item (id) WHERE long_code::varchar(5) <> 'x';
CREATE INDEX item_short_code_idx ON item (id) WHERE short_code::varchar(5) <> '';
