CREATE TABLE agg (id int PRIMARY KEY, hot_rank integer NOT NULL DEFAULT 1728, score int, label varchar(10),
  CONSTRAINT agg_rank_check CHECK (hot_rank >= 0 AND score < 100));
CREATE INDEX agg_nonzero ON agg (id) WHERE hot_rank != 0;
CREATE INDEX agg_expr ON agg ((hot_rank + 1));
CREATE INDEX agg_label ON agg (id) WHERE label = 'x';
ALTER TABLE agg ALTER COLUMN hot_rank TYPE float;
ALTER TABLE agg ALTER COLUMN label TYPE text;
