CREATE EXTENSION IF NOT EXISTS hstore;

-- An array's item type prints as SQLAlchemy's repr: every argument whose
-- parameter has a default is named.
CREATE TABLE measurement (
    id integer PRIMARY KEY,
    tags hstore[],
    flags bit(3)[],
    masks bit varying(8)[],
    spans interval minute to second(2)[],
    short_spans interval(3)[],
    seen_at timestamp(6) with time zone[],
    local_times time(3)[],
    ratios double precision[],
    amounts numeric(10, 2)[],
    codes varchar(5)[] COLLATE "C",
    notes text[] COLLATE "C",
    letters char(2)[],
    answers boolean[],
    -- The same types outside an array: positional up to the first default.
    tag hstore,
    flag bit(3),
    mask bit varying(8),
    span interval minute to second(2),
    seen timestamp(6) with time zone,
    ratio double precision
);
