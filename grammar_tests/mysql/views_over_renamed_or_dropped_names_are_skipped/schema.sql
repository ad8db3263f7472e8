CREATE TABLE authors (id INT PRIMARY KEY, name VARCHAR(80) NOT NULL, born SMALLINT);
CREATE TABLE books (id INT PRIMARY KEY, author_id INT NOT NULL, title VARCHAR(200), name VARCHAR(20));
CREATE TABLE drafts (id INT PRIMARY KEY, body TEXT);
CREATE TABLE publishers (id INT PRIMARY KEY, name VARCHAR(80));
CREATE TABLE imprints (id INT PRIMARY KEY, publisher_id INT, name VARCHAR(80));

CREATE VIEW author_names AS SELECT id, name FROM authors;
CREATE VIEW author_births AS SELECT a.id, a.born FROM authors AS a;
CREATE VIEW every_book AS SELECT * FROM books;
CREATE VIEW book_titles AS SELECT b.title, b.name FROM books b JOIN authors a ON a.id = b.author_id;
CREATE VIEW draft_ids AS SELECT id FROM drafts;
CREATE VIEW draft_count AS SELECT COUNT(*) AS n FROM draft_ids;
CREATE VIEW author_list AS SELECT id FROM authors;
CREATE VIEW shelf AS SELECT id, title FROM books;
CREATE VIEW imprint_names AS
  SELECT i.name FROM imprints i JOIN publishers p ON p.id = i.publisher_id;

ALTER TABLE authors RENAME COLUMN name TO full_name;
ALTER TABLE authors DROP COLUMN born;
ALTER TABLE books DROP COLUMN name;
DROP TABLE drafts;
ALTER TABLE publishers DROP COLUMN name;
RENAME TABLE authors TO writers;
CREATE OR REPLACE VIEW author_list AS SELECT id, full_name FROM writers;
RENAME TABLE books TO old_books;
CREATE TABLE books (id INT PRIMARY KEY, title VARCHAR(200));
