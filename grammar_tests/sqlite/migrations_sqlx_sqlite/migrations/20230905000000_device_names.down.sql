ALTER TABLE readings RENAME COLUMN reading TO value;
ALTER TABLE devices DROP COLUMN label;
DROP TABLE readings;
