CREATE TYPE mood AS ENUM ('happy', 'sad');

CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(200) NOT NULL UNIQUE,
    nickname text,
    balance numeric(12, 2) NOT NULL DEFAULT 0,
    ratio double precision,
    born date,
    seen_at timestamptz DEFAULT now(),
    token uuid,
    tags text[],
    matrix integer[][],
    settings jsonb,
    current_mood mood,
    active boolean NOT NULL DEFAULT true,
    avatar bytea
);

-- The class is UserProfile: its lower case is not the table's name.
CREATE TABLE user_profile (
    id serial PRIMARY KEY,
    user_id integer UNIQUE REFERENCES users (id),
    bio text
);

CREATE TABLE teams (
    id serial PRIMARY KEY,
    name text NOT NULL,
    parent_id integer REFERENCES teams (id)
);

CREATE TABLE membership (
    user_id integer NOT NULL REFERENCES users (id),
    team_id integer NOT NULL REFERENCES teams (id),
    PRIMARY KEY (user_id, team_id)
);

CREATE TABLE transfers (
    id bigserial PRIMARY KEY,
    sender_id integer NOT NULL REFERENCES users (id),
    receiver_id integer REFERENCES users (id),
    amount numeric(12, 2) NOT NULL
);

CREATE TABLE passports (
    id serial PRIMARY KEY,
    owner_id integer NOT NULL UNIQUE REFERENCES users (id)
);
