CREATE TABLE person (id serial PRIMARY KEY, name text NOT NULL);
-- A self-referential key in a subclass.
CREATE TABLE employee (
    id integer PRIMARY KEY REFERENCES person (id),
    salary NUMERIC(10, 2),
    boss_id INTEGER REFERENCES employee (id)
);
-- A key between two subclasses of person.
CREATE TABLE manager (id integer PRIMARY KEY REFERENCES person (id), level INTEGER);
CREATE TABLE engineer (
    id integer PRIMARY KEY REFERENCES person (id),
    skill TEXT,
    manager_id INTEGER REFERENCES manager (id)
);
-- A second key to the parent's table.
CREATE TABLE mentee (
    id integer PRIMARY KEY REFERENCES person (id),
    note TEXT,
    mentor_id INTEGER REFERENCES person (id)
);
