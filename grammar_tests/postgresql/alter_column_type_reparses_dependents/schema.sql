CREATE TABLE post_stats (
    id integer PRIMARY KEY,
    hot_rank integer NOT NULL DEFAULT 1728,
    active_rank integer NOT NULL DEFAULT 1728,
    published timestamp NOT NULL DEFAULT now(),
    code varchar(10) DEFAULT 'none' CHECK (code <> 'x'),
    score integer CHECK (score > 0 AND score < 100)
);
CREATE INDEX post_stats_nonzero_idx ON post_stats (published) WHERE hot_rank <> 0;
CREATE INDEX post_stats_nonzero_any_idx ON post_stats (published) WHERE hot_rank <> 0 OR active_rank <> 0;
CREATE INDEX post_stats_code_idx ON post_stats (id) WHERE code = 'a';
ALTER TABLE post_stats ALTER COLUMN hot_rank TYPE float, ALTER COLUMN active_rank TYPE float;
ALTER TABLE post_stats ALTER COLUMN code TYPE text;
ALTER TABLE post_stats ALTER COLUMN score TYPE numeric(5, 1);
