CREATE TABLE person (id serial PRIMARY KEY, name varchar(20) NOT NULL, score bigint NOT NULL DEFAULT 0, avatar text);
CREATE TABLE vote (id serial PRIMARY KEY, person_id int REFERENCES person, post_id int, score smallint NOT NULL);
CREATE VIEW vote_view AS
SELECT v.id,
    (SELECT name FROM person WHERE person.id = v.person_id),
    (SELECT p.avatar AS pic FROM person p WHERE p.id = v.person_id),
    (SELECT count(*) FROM vote v2 WHERE v2.person_id = v.person_id),
    coalesce(v.score, 0) AS my_vote,
    coalesce(p.score, 0) AS person_score,
    EXISTS (SELECT 1 FROM vote v3 WHERE v3.post_id = v.post_id),
    CASE WHEN v.score > 0 THEN 'up' ELSE 'down' END,
    ARRAY[v.id, v.post_id],
    NULL::integer,
    v.score::bigint,
    1 + 1
FROM vote v JOIN person p ON p.id = v.person_id;
