CREATE TABLE sys$tab$hist (id integer PRIMARY KEY, a$b text);
CREATE SEQUENCE sys$tab$hist_seq;
ALTER SEQUENCE sys$tab$hist_seq OWNER TO CURRENT_USER;
CREATE TABLE after_it (
    id integer PRIMARY KEY,
    hist_id integer REFERENCES sys$tab$hist (id),
    price$ numeric DEFAULT 0
);
