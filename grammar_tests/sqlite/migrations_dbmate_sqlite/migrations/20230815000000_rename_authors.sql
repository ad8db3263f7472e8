-- migrate:up
ALTER TABLE authors RENAME TO people;
ALTER TABLE people RENAME COLUMN name TO full_name;
ALTER TABLE people DROP COLUMN bio;
ALTER TABLE quotes ADD COLUMN said_on TEXT;
CREATE INDEX quotes_author_idx ON quotes (author_id);
CREATE VIEW quote_list AS
  SELECT q.id, p.full_name, q.body FROM quotes q JOIN people p ON p.id = q.author_id;

-- migrate:down
DROP VIEW quote_list;
DROP TABLE quote_tags;
