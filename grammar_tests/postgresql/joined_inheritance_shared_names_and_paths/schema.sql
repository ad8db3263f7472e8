CREATE TABLE community (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE post (
  id serial PRIMARY KEY,
  community_id integer NOT NULL REFERENCES community (id),
  published timestamp NOT NULL DEFAULT now()
);
CREATE TABLE post_aggregates (
  post_id integer PRIMARY KEY REFERENCES post (id),
  community_id integer NOT NULL REFERENCES community (id),
  published timestamp NOT NULL,
  score integer NOT NULL DEFAULT 0
);
