CREATE DOMAIN public.year AS integer
	CONSTRAINT year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)));
CREATE DOMAIN code AS varchar(8) CHECK (VALUE ~ '^[A-Z]+$' AND length(VALUE) > 1);
CREATE DOMAIN amount AS numeric(10,2) CHECK (VALUE >= 0);
CREATE DOMAIN flag AS char(2);
CREATE DOMAIN label AS text COLLATE "C";
CREATE TABLE film (id serial PRIMARY KEY, released year, code code, price amount, flag flag, label label);
