CREATE TABLE post (id int PRIMARY KEY, flag tinyint(1), qty int, code varchar(9),
  not_flag tinyint AS (!flag) VIRTUAL,
  not_sum tinyint AS (!(qty + 1)) VIRTUAL,
  CONSTRAINT c_or CHECK (!(flag is true) or !(qty <=> 0)),
  CONSTRAINT c_in CHECK (!(qty in (1, 2))),
  CONSTRAINT c_like CHECK (!(code like 'a%')),
  CONSTRAINT c_null CHECK (!isnull(code)),
  CONSTRAINT c_twice CHECK (!!qty)
);
CREATE TABLE tag (id int PRIMARY KEY, post_id int);
CREATE VIEW post_flags AS
  SELECT p.id,
         !EXISTS (SELECT 1 FROM tag WHERE tag.post_id = p.id) AS untagged,
         !(p.id IN (SELECT post_id FROM tag)) AS unlisted,
         !p.flag AS unflagged,
         !(p.qty > 3) AS small
  FROM post p;
