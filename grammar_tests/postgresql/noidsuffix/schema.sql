CREATE TABLE teams (
    id serial PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE players (
    id serial PRIMARY KEY,
    team_id integer REFERENCES teams (id),
    captain_of_id integer REFERENCES teams (id),
    name text NOT NULL
);
