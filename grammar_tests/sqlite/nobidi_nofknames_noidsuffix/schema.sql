CREATE TABLE teams (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE players (
    id INTEGER PRIMARY KEY,
    team_id INTEGER REFERENCES teams (id),
    captain_of_id INTEGER,
    name TEXT NOT NULL,
    CONSTRAINT fk_players_captain FOREIGN KEY (captain_of_id) REFERENCES teams (id)
);
