CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
-- A self-referential key in a subclass.
CREATE TABLE employee (
    id INTEGER PRIMARY KEY REFERENCES person (id),
    salary NUMERIC(10, 2),
    boss_id INTEGER REFERENCES employee (id)
);
-- A key between two subclasses of person.
CREATE TABLE manager (id INTEGER PRIMARY KEY REFERENCES person (id), level INTEGER);
CREATE TABLE engineer (
    id INTEGER PRIMARY KEY REFERENCES person (id),
    skill TEXT,
    manager_id INTEGER REFERENCES manager (id)
);
-- A second key to the parent's table.
CREATE TABLE mentee (
    id INTEGER PRIMARY KEY REFERENCES person (id),
    note TEXT,
    mentor_id INTEGER REFERENCES person (id)
);
