-- migrate:up
CREATE TABLE authors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  bio TEXT
);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL,
  body TEXT NOT NULL,
  FOREIGN KEY (author_id) REFERENCES authors (id)
);

-- migrate:down
DROP TABLE quotes;
DROP TABLE authors;
