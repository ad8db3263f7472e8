CREATE TABLE place (
  id int PRIMARY KEY,
  title varchar(100),
  summary text,
  spot point NOT NULL,
  area polygon NOT NULL
);
CREATE FULLTEXT INDEX place_title_ft ON place (title);
CREATE FULLTEXT INDEX IF NOT EXISTS place_title_ft ON place (title);
CREATE SPATIAL INDEX place_spot_sp ON place (spot);
CREATE fulltext index place_both_ft ON place (title, summary) COMMENT 'both';
ALTER TABLE place ADD FULLTEXT KEY place_summary_ft (summary);
ALTER TABLE place ADD SPATIAL (area);
