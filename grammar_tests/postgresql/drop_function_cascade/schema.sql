CREATE FUNCTION score_of(v int, at timestamptz) RETURNS int AS $$ SELECT v $$ LANGUAGE sql IMMUTABLE;
CREATE FUNCTION default_level() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;
CREATE TABLE item (id serial PRIMARY KEY, votes int NOT NULL, created timestamptz NOT NULL DEFAULT now(),
   level int DEFAULT default_level(), CONSTRAINT item_votes_check CHECK (score_of(votes, created) >= 0));
CREATE INDEX item_score ON item (score_of(votes, created));
CREATE INDEX item_positive ON item (id) WHERE score_of(votes, created) > 0;
CREATE INDEX item_votes ON item (votes);
CREATE VIEW item_scores AS SELECT id, score_of(votes, created) AS score FROM item;
CREATE VIEW item_scores_2 AS SELECT id, score FROM item_scores;
CREATE VIEW item_levels AS SELECT id, level FROM item;
DROP FUNCTION score_of CASCADE;
DROP FUNCTION default_level() CASCADE;
CREATE TRIGGER dummy_t BEFORE INSERT ON item FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();
DROP TRIGGER dummy_t ON item;
