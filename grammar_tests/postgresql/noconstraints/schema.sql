CREATE TABLE parents (id integer PRIMARY KEY, code text UNIQUE, n integer CHECK (n > 0));
CREATE TABLE children (id integer PRIMARY KEY, parent_id integer REFERENCES parents (id));
