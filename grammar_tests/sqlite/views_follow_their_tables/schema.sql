CREATE TABLE authors (id INTEGER PRIMARY KEY, pen_name VARCHAR(40) NOT NULL, rank REAL);
CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    author_id INTEGER REFERENCES authors (id),
    title TEXT NOT NULL,
    pages INTEGER
);

CREATE VIEW book_list AS
SELECT b.id, b.title, a.pen_name AS author, a.rank, pages * 2
FROM books b JOIN authors a ON a.id = b.author_id
WHERE a.rank > 0;
CREATE VIEW every_book AS SELECT * FROM books;
CREATE VIEW titles AS SELECT books.title FROM books;

ALTER TABLE authors RENAME COLUMN rank TO standing;
ALTER TABLE authors RENAME TO writers;
ALTER TABLE books ADD COLUMN isbn CHAR(13);
ALTER TABLE books RENAME COLUMN pages TO page_count;
ALTER TABLE books RENAME COLUMN title TO "Full Title";
