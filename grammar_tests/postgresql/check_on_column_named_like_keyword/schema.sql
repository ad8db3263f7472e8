-- Columns named like PostgreSQL keywords of each category: the server's
-- quote_identifier() quotes every keyword but the unreserved ones when it
-- prints the CHECK expressions back (pg_get_constraintdef).
CREATE TABLE gauge (
    id serial PRIMARY KEY,
    "between" integer CHECK ("between" < 10),
    "authorization" text CHECK ("authorization" <> ''),
    "check" integer CHECK ("check" >= 0),
    "name" text CHECK ("name" <> ''),
    "value" integer CHECK ("value" <> 1),
    "int" text CHECK ("int" <> 'x')
);
