CREATE EXTENSION IF NOT EXISTS file_fdw;
CREATE SERVER csv_files FOREIGN DATA WRAPPER file_fdw;
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER warehouse FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'warehouse.internal', dbname 'dw');
CREATE USER MAPPING IF NOT EXISTS FOR CURRENT_USER SERVER warehouse OPTIONS (user 'reader', password 'secret');
ALTER SERVER warehouse OPTIONS (SET host 'dw.internal');
ALTER USER MAPPING FOR CURRENT_USER SERVER warehouse OPTIONS (SET password 'other');

CREATE FOREIGN TABLE imported_city (
    id integer NOT NULL,
    name varchar(80) OPTIONS (force_not_null 'true') COLLATE "C",
    population bigint DEFAULT 0,
    CONSTRAINT imported_city_population_check CHECK (population >= 0)
) SERVER csv_files OPTIONS (filename '/tmp/cities.csv', format 'csv');
COMMENT ON FOREIGN TABLE imported_city IS 'loaded from CSV';
ALTER FOREIGN TABLE imported_city ADD COLUMN country char(2);
COMMENT ON COLUMN imported_city.country IS 'ISO code';

CREATE TABLE city (
    id integer PRIMARY KEY,
    name varchar(80) NOT NULL
);

CREATE VIEW city_report AS
    SELECT c.id, c.name, i.population, i.country
    FROM city c JOIN imported_city i ON i.id = c.id;

-- A foreign partition of a local partitioned table.
CREATE TABLE measurement (
    logdate date NOT NULL,
    reading numeric(8, 2)
) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_recent PARTITION OF measurement
    FOR VALUES FROM ('2024-01-01') TO ('2100-01-01');
CREATE FOREIGN TABLE measurement_archive PARTITION OF measurement
    FOR VALUES FROM ('2000-01-01') TO ('2024-01-01')
    SERVER warehouse OPTIONS (table_name 'measurement_archive');

CREATE FOREIGN TABLE scratch (id integer) SERVER csv_files OPTIONS (filename '/tmp/x.csv');
DROP FOREIGN TABLE scratch;
CREATE TABLE scratch (id integer PRIMARY KEY);
