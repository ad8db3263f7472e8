CREATE TYPE color AS ENUM ('red', 'green', 'blue');
CREATE TABLE palettes (
    id integer PRIMARY KEY,
    names text[] NOT NULL DEFAULT '{}',
    codes varchar(7)[],
    weights numeric(5, 2)[],
    grid integer[][],
    fixed_size integer[3],
    colors color[] DEFAULT ARRAY['red'::color],
    ids uuid[],
    flags boolean ARRAY,
    stamps timestamptz[]
);
