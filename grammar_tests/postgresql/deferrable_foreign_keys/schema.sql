CREATE TABLE countries (
    id integer PRIMARY KEY,
    iso_code char(2) NOT NULL UNIQUE
);
CREATE TABLE cities (
    id integer PRIMARY KEY,
    country_code char(2) NOT NULL REFERENCES countries (iso_code) DEFERRABLE INITIALLY DEFERRED,
    capital_of integer REFERENCES countries (id) DEFERRABLE,
    name text NOT NULL
);
CREATE TABLE routes (
    from_city integer,
    to_city integer,
    distance integer,
    PRIMARY KEY (from_city, to_city),
    CONSTRAINT routes_from_fk FOREIGN KEY (from_city) REFERENCES cities (id) MATCH FULL ON DELETE CASCADE,
    CONSTRAINT routes_to_fk FOREIGN KEY (to_city) REFERENCES cities (id) ON UPDATE CASCADE INITIALLY DEFERRED
);
