CREATE TYPE money_amount AS (currency char(3), cents bigint);
CREATE TYPE price_range AS RANGE (subtype = numeric);
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE DOMAIN cheerful AS mood CHECK (VALUE <> 'sad');
CREATE TYPE point3;

CREATE TABLE product (
    id integer PRIMARY KEY,
    price money_amount,
    history money_amount[],
    band price_range,
    bands price_multirange,
    mood mood,
    moods mood[],
    outlook cheerful,
    label text
);
CREATE INDEX product_mood_idx ON product (mood);
CREATE TABLE review (
    id integer PRIMARY KEY,
    product_id integer REFERENCES product (id),
    mood mood,
    CONSTRAINT review_mood_check CHECK (mood <> 'sad')
);

ALTER TYPE money_amount ADD ATTRIBUTE note text;
ALTER TYPE money_amount RENAME ATTRIBUTE note TO remark;
ALTER TYPE money_amount DROP ATTRIBUTE remark;
ALTER TYPE money_amount RENAME TO amount;

DO $$
BEGIN
    CREATE TYPE amount AS (v int);
EXCEPTION WHEN duplicate_object THEN
    NULL;
END $$;

-- Dropped with every column that uses them.
DROP TYPE mood CASCADE;
DROP TYPE price_range CASCADE;
DROP DOMAIN IF EXISTS missing_domain;
DROP TYPE point3;

-- A type name is free again; a composite type is a relation.
CREATE TYPE mood AS ENUM ('calm');
CREATE TABLE mood_log (id integer PRIMARY KEY, mood mood);
CREATE TYPE pair AS (a integer, b integer);
CREATE TABLE IF NOT EXISTS pair (id integer);
