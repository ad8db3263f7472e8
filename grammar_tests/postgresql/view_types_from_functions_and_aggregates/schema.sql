CREATE TABLE person (id serial PRIMARY KEY, name varchar(40) NOT NULL, born date, score numeric(6,2), tags text[]);
CREATE TABLE post (id serial PRIMARY KEY, author_id int REFERENCES person, title text NOT NULL, body text, created timestamptz DEFAULT now());
CREATE FUNCTION _join_text(text, text) RETURNS text AS $$ SELECT $1 || ', ' || $2 $$ LANGUAGE sql IMMUTABLE;
CREATE AGGREGATE join_text(text) (SFUNC = _join_text, STYPE = text);
CREATE FUNCTION _count_state(bigint, anyelement) RETURNS bigint AS $$ SELECT $1 + 1 $$ LANGUAGE sql;
CREATE FUNCTION _count_final(bigint) RETURNS numeric AS $$ SELECT $1::numeric $$ LANGUAGE sql;
CREATE AGGREGATE my_count(anyelement) (SFUNC = _count_state, STYPE = bigint, FINALFUNC = _count_final, INITCOND = '0');
CREATE FUNCTION rank_of(score numeric, at timestamp with time zone DEFAULT now()) RETURNS double precision AS $$ SELECT 1.0::float8 $$ LANGUAGE sql;
CREATE FUNCTION label_of(p person) RETURNS varchar AS $$ SELECT p.name $$ LANGUAGE sql;
CREATE FUNCTION ids() RETURNS SETOF integer AS $$ SELECT 1 $$ LANGUAGE sql;
CREATE VIEW person_summary AS
SELECT p.id,
    join_text(po.title) AS titles,
    public.join_text(po.body) AS bodies,
    my_count(po.id) AS posts,
    rank_of(p.score) AS rank,
    rank_of(p.score, max(po.created)) AS rank_at,
    jsonb_object_agg(po.id, po.title) AS by_id,
    json_object_agg(po.id, po.title) AS by_id_json,
    array_to_string(p.tags, ',') AS tag_list,
    string_agg(po.title, '; ') AS joined
FROM person p LEFT JOIN post po ON po.author_id = p.id
GROUP BY p.id;
CREATE VIEW all_ids AS SELECT ids() AS id;
