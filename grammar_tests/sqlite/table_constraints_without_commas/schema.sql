CREATE TABLE author (id INTEGER PRIMARY KEY, email TEXT NOT NULL);

CREATE TABLE book (
  id INTEGER NOT NULL,
  author_id INTEGER NOT NULL,
  editor_id INTEGER,
  isbn TEXT CONSTRAINT unused_name,
  pages INTEGER CONSTRAINT first CONSTRAINT pages_not_null NOT NULL,
  PRIMARY KEY (id) CONSTRAINT fk_book_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE
  CONSTRAINT fk_book_editor FOREIGN KEY (editor_id) REFERENCES author (id) ON DELETE SET NULL
  UNIQUE (isbn) CHECK (pages > 0)
  CONSTRAINT dangling
);

CREATE TABLE review (
  book_id INTEGER REFERENCES book (id),
  stars INTEGER,
  FOREIGN KEY (book_id) REFERENCES book (id) ON UPDATE CASCADE CONSTRAINT alone, CONSTRAINT stars_range CHECK (stars BETWEEN 1 AND 5)
);
