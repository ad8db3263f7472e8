CREATE TABLE person (id INT NOT NULL PRIMARY KEY, name VARCHAR(30) NOT NULL, info TEXT, seen DATETIME NOT NULL, kind TINYINT NOT NULL);
CREATE TABLE team (id BIGINT NOT NULL PRIMARY KEY, title VARCHAR(80) NOT NULL, info TEXT, seen DATE NOT NULL, kind SMALLINT NOT NULL);

CREATE VIEW principal AS
  (SELECT id, name, info, seen, 0 AS kind FROM person)
  UNION (SELECT id, title, info, seen, 1 FROM team)
  UNION (SELECT 0, 'nobody', NULL, seen, 2 FROM person ORDER BY 1 LIMIT 1)
  ORDER BY 2 LIMIT 100;

CREATE VIEW kinds AS
  SELECT kind FROM person INTERSECT SELECT kind FROM team
  EXCEPT SELECT 7;

CREATE VIEW derived_union AS
  SELECT u.id, u.label FROM (SELECT id, name AS label FROM person UNION ALL SELECT id, title FROM team) AS u;

CREATE VIEW cte_union AS
  WITH everyone AS (SELECT name AS label, seen FROM person UNION SELECT title, seen FROM team)
  SELECT label, seen FROM everyone;

CREATE TABLE snapshot AS
  SELECT id, name, info, kind FROM person UNION SELECT id, title, info, kind FROM team;
