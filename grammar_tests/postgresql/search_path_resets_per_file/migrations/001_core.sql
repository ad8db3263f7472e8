CREATE SCHEMA core;
SET search_path TO core;
CREATE TABLE widget (id integer PRIMARY KEY, label text);
