ALTER TABLE articles DROP COLUMN published_at;
ALTER TABLE articles RENAME COLUMN content TO body;
ALTER TABLE articles RENAME TO posts;
DROP TABLE users CASCADE;
