CREATE TABLE event (uuid char(36) NOT NULL PRIMARY KEY, kind integer, UNIQUE (uuid));
CREATE TABLE device (id integer PRIMARY KEY, CONSTRAINT device_named UNIQUE (id));
CREATE TABLE pair (x integer, y integer, UNIQUE (x, y), CONSTRAINT pair_named UNIQUE (x, y), UNIQUE (y, x));
CREATE TABLE tag (x integer UNIQUE, CONSTRAINT tag_named UNIQUE (x), PRIMARY KEY (x));
CREATE TABLE label (x integer PRIMARY KEY, name text);
ALTER TABLE label ADD CONSTRAINT label_one UNIQUE (name), ADD CONSTRAINT label_two UNIQUE (name);
