CREATE TYPE color AS ENUM ('red', 'green');

CREATE TABLE ticket (
    id serial PRIMARY KEY,
    state varchar(10) NOT NULL CHECK (state IN ('open', 'closed')),
    priority text CHECK (priority = ANY (ARRAY['low'::text, 'high'::text])),
    paint color
);
