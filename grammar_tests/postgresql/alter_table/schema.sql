CREATE TABLE authors (id integer NOT NULL, name text);
CREATE TABLE books (id integer NOT NULL, author_id integer, title text NOT NULL);
ALTER TABLE authors ADD CONSTRAINT authors_pk PRIMARY KEY (id);
ALTER TABLE books ADD PRIMARY KEY (id);
ALTER TABLE books ADD COLUMN isbn varchar(13) UNIQUE;
ALTER TABLE books ADD CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE SET NULL;
ALTER TABLE books ALTER COLUMN title SET DEFAULT 'untitled';
ALTER TABLE authors ALTER COLUMN name SET NOT NULL;
CREATE UNIQUE INDEX books_title_author ON books (title, author_id);
