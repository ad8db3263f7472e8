CREATE TYPE mood AS ENUM ('a', 'b');
CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)));
CREATE DOMAIN email AS text CHECK (VALUE ~ '^.+@.+$') NOT NULL;
CREATE DOMAIN code AS varchar(10) COLLATE "C" DEFAULT 'x';
CREATE DOMAIN amount AS numeric(10,2) DEFAULT 0 CHECK (VALUE >= 0) CHECK (VALUE < 1000000);
CREATE DOMAIN feeling AS mood DEFAULT 'a';
CREATE DOMAIN moment AS timestamptz DEFAULT now();
CREATE DOMAIN flag AS boolean NOT NULL DEFAULT false;
CREATE DOMAIN country AS char(2);
CREATE DOMAIN positive_id AS bigint CHECK (VALUE > 0);
CREATE DOMAIN external_id AS uuid;
CREATE DOMAIN ratio AS double precision;
CREATE DOMAIN labels AS text[];
CREATE DOMAIN unused AS integer;
DROP DOMAIN unused;
DROP DOMAIN IF EXISTS unused;
CREATE TABLE profile (
    id integer PRIMARY KEY,
    born year,
    mail email,
    ref code,
    credit amount,
    mood_now feeling,
    seen moment,
    active flag,
    home country,
    parent positive_id DEFAULT 1,
    external external_id,
    score ratio,
    tags labels
);
