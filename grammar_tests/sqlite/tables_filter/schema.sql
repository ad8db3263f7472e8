CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES authors (id),
    title TEXT NOT NULL
);
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    book_id INTEGER NOT NULL REFERENCES books (id),
    stars INTEGER NOT NULL
);
CREATE TABLE publishers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE VIEW book_titles AS SELECT id, title FROM books;
