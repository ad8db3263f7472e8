CREATE TABLE person (
  id INT NOT NULL PRIMARY KEY,
  first_name VARCHAR(45) NOT NULL,
  last_name VARCHAR(30) NOT NULL,
  active TINYINT(1) NOT NULL DEFAULT 1
);
CREATE VIEW person_list AS
SELECT p.id AS id,
       CONCAT(p.first_name, _utf8' ', p.last_name) AS full_name,
       CONCAT(_utf8mb4'#', p.id) AS tag,
       IF(p.active, _utf8'active', _latin1'') AS notes
FROM person AS p;
