CREATE TABLE strs (
  code CHAR(6) NOT NULL,
  name VARCHAR(40),
  latin CHAR(12) CHARACTER SET latin1,
  note TINYTEXT,
  latin_note TINYTEXT CHARACTER SET latin1,
  body TEXT,
  raw BINARY(4) NOT NULL,
  state ENUM('new','done') NOT NULL,
  tags SET('a','bb','ccc'),
  born DATE,
  at DATETIME(3),
  n INT NOT NULL,
  blob_col BLOB
);

CREATE VIEW str_union AS
  SELECT code AS a, code AS b, name AS c, raw AS d, raw AS e, note AS f, latin_note AS g, state AS h, tags AS i, born AS j, code AS k, body AS l
  FROM strs
  UNION ALL
  SELECT n, born, code, code, latin, name, latin_note, NULL, NULL, at, state, blob_col
  FROM strs;

CREATE VIEW enum_pairs AS
  SELECT state AS a, n AS b, at AS c, raw AS d FROM strs
  UNION SELECT state, 'literal', born, 'xyz' FROM strs;
