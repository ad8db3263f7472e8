CREATE TABLE tag (id int PRIMARY KEY, post_id int);
CREATE TABLE post (id int PRIMARY KEY, title varchar(50));
CREATE VIEW post_flags AS
SELECT p.id,
       EXISTS(SELECT 1 FROM tag WHERE tag.post_id = p.id) AS tagged,
       NOT EXISTS (SELECT id FROM tag) AS untagged_anywhere,
       p.id IN (SELECT post_id FROM tag) AS listed,
       p.id NOT IN (SELECT post_id FROM tag WHERE post_id IS NOT NULL) AS unlisted
FROM post AS p;
