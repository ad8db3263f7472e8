CREATE TABLE parents (id integer PRIMARY KEY, name text);
CREATE TABLE children (id integer PRIMARY KEY, parent_id integer REFERENCES parents (id));
