CREATE TABLE zi (
  id int PRIMARY KEY AUTO_INCREMENT INVISIBLE,
  d int NULL INVISIBLE,
  e varchar(5) CHARSET latin1 INVISIBLE COMMENT 'hidden',
  f int NOT NULL DEFAULT 4 INVISIBLE,
  g int AS (d + 1) VIRTUAL INVISIBLE,
  h timestamp NOT NULL DEFAULT current_timestamp ON UPDATE current_timestamp INVISIBLE,
  z int DEFAULT 7 COMMENT 'seen',
  k varchar(9) COMPRESSED NOT NULL DEFAULT 'x' COMMENT 'packed',
  t text COMPRESSED CHARACTER SET latin1,
  b blob COMPRESSED=zlib
);
CREATE VIEW vzi AS SELECT id, d, f, k, t FROM zi;
CREATE TABLE copy_of_zi LIKE zi;
