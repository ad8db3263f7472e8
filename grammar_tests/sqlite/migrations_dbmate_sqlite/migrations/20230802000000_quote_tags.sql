-- migrate:up
CREATE TABLE tags (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL UNIQUE
);

CREATE TABLE quote_tags (
  quote_id INTEGER NOT NULL REFERENCES quotes (id),
  tag_id INTEGER NOT NULL REFERENCES tags (id),
  PRIMARY KEY (quote_id, tag_id)
);

-- migrate:down
DROP TABLE quote_tags;
DROP TABLE tags;
