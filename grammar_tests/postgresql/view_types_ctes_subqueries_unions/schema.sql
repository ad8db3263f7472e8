CREATE TABLE person (id serial PRIMARY KEY, name varchar(40) NOT NULL, born date, score numeric(6,2));
CREATE TABLE post (id serial PRIMARY KEY, author_id int REFERENCES person, title text NOT NULL, votes smallint, created timestamptz DEFAULT now());
CREATE VIEW post_feed AS
WITH counted AS (
    SELECT p.*,
        (SELECT name FROM person WHERE person.id = p.author_id) AS author_name,
        (SELECT count(*) FROM post q WHERE q.author_id = p.author_id) AS author_posts,
        coalesce(p.votes, 0) AS votes_or_zero
    FROM post p
)
SELECT c.*, pe.born, NULL AS viewer_id, 'x' AS marker
FROM counted c JOIN person pe ON pe.id = c.author_id
UNION ALL
SELECT c.*, NULL, 7, NULL
FROM counted c;
CREATE VIEW recent AS
SELECT d.id, d.n FROM (SELECT id, count(*) AS n FROM post GROUP BY id) AS d;
CREATE VIEW numbers AS SELECT 1 AS n UNION SELECT 2.5 UNION SELECT NULL;
CREATE VIEW tree AS
WITH RECURSIVE t(id, depth) AS (SELECT id, 1 FROM person UNION ALL SELECT t.id, t.depth + 1 FROM t WHERE t.depth < 3)
SELECT id, depth FROM t;
