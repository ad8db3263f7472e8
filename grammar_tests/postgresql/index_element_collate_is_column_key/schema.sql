CREATE TABLE person (
    id integer PRIMARY KEY,
    name text,
    email text
);
CREATE INDEX person_name_c ON person ((name COLLATE "C"));
CREATE INDEX person_email_c ON person (email COLLATE "C");
CREATE INDEX person_lower_c ON person ((lower(name) COLLATE "C"));
