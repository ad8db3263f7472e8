CREATE TABLE place (
  id int NOT NULL,
  title varchar(100) DEFAULT NULL,
  summary text DEFAULT NULL,
  spot point NOT NULL,
  area polygon NOT NULL,
  PRIMARY KEY (id),
  SPATIAL KEY place_spot_sp (spot) COMMENT 'where',
  FULLTEXT KEY place_both_ft (title, summary) COMMENT 'both',
  FULLTEXT INDEX (summary) KEY_BLOCK_SIZE = 8 COMMENT 'sized',
  KEY title_plain (title) COMMENT 'plain'
) ENGINE=InnoDB;
ALTER TABLE place ADD FULLTEXT KEY place_title_ft (title) COMMENT 'added', ADD SPATIAL INDEX area_sp (area) COMMENT 'shape';
