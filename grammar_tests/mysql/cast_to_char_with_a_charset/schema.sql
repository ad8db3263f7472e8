CREATE TABLE item (
  id int PRIMARY KEY,
  code varchar(40),
  qty int,
  label varchar(20) DEFAULT (CAST(0 AS CHAR CHARACTER SET latin1)),
  tag varchar(20) DEFAULT (cast(1 as char(3) charset utf8mb4)),
  raw varbinary(20) DEFAULT (CONVERT(2, CHAR CHARACTER SET binary)),
  as_latin varchar(40) AS (CAST(code AS CHAR(10) CHARACTER SET latin1)) VIRTUAL,
  as_utf8 varchar(40) AS (cast(code as char charset utf8)) VIRTUAL,
  as_text varchar(20) AS (cast(qty as char(10) charset utf8mb4)) VIRTUAL,
  CONSTRAINT code_ascii CHECK (CAST(code AS CHAR CHARACTER SET ascii) <> '')
);
CREATE VIEW item_texts AS
  SELECT id, CAST(qty AS CHAR CHARACTER SET latin1) AS qty_latin,
         cast(code as char(5) charset utf8mb4) AS code5,
         CONVERT(qty, CHAR(4) CHARACTER SET utf8) AS qty_utf8,
         CAST(code AS CHAR CHARACTER SET binary) AS code_bytes
  FROM item;
