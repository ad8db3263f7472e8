CREATE TABLE authors (
    id serial PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE books (
    id serial PRIMARY KEY,
    author_id integer NOT NULL REFERENCES authors (id),
    editor_id integer REFERENCES authors (id),
    title text NOT NULL
);
CREATE TABLE chapters (
    id serial PRIMARY KEY,
    book_id integer NOT NULL,
    title text NOT NULL,
    CONSTRAINT chapter_belongs_to_book FOREIGN KEY (book_id) REFERENCES books (id)
);
