CREATE TABLE person (
  id INT NOT NULL PRIMARY KEY,
  first_name VARCHAR(45) NOT NULL,
  last_name VARCHAR(30) NOT NULL,
  active TINYINT(1) NOT NULL DEFAULT 1,
  token VARBINARY(16) NULL,
  photo BLOB NULL
);
CREATE VIEW person_list AS
SELECT p.id AS id,
       CONCAT(p.first_name, _utf8' ', p.last_name) AS full_name,
       CONCAT(_utf8mb4'#', p.id) AS tag,
       IF(p.active, _utf8'active', _latin1'') AS notes,
       CONCAT(_binary'k', p.id) AS binary_key,
       CONCAT(p.token, '-') AS token_text,
       CONCAT(p.first_name, p.token) AS mixed_columns,
       CONCAT(_binary'x', p.last_name) AS literal_loses,
       CONCAT(p.photo, 'x') AS photo_more
FROM person AS p;
