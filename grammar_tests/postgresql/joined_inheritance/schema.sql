CREATE TABLE vehicles (id serial PRIMARY KEY, kind text NOT NULL, wheels integer NOT NULL);
CREATE TABLE cars (id integer PRIMARY KEY REFERENCES vehicles (id), seats integer NOT NULL);
CREATE TABLE trucks (id integer PRIMARY KEY REFERENCES vehicles (id), payload numeric NOT NULL);
