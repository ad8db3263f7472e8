CREATE TABLE author (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE book (id serial PRIMARY KEY, author_id int REFERENCES author, title text NOT NULL, pages int);
CREATE TABLE review (id serial PRIMARY KEY, book_id int REFERENCES book, stars int);
CREATE MATERIALIZED VIEW book_stats AS SELECT b.id, b.title, count(r.id) AS reviews FROM book b LEFT JOIN review r ON r.book_id = b.id GROUP BY b.id WITH NO DATA;
CREATE UNIQUE INDEX book_stats_id ON book_stats (id);
CREATE VIEW book_list AS SELECT id, title FROM book;
CREATE VIEW long_books AS SELECT * FROM book_list WHERE id > 10;
CREATE VIEW author_books AS SELECT a.name, b.title FROM author a JOIN book b ON b.author_id = a.id;
-- replaced: the old index goes with the old view
DROP MATERIALIZED VIEW book_stats;
CREATE MATERIALIZED VIEW book_stats AS SELECT b.id, sum(b.pages) AS total_pages FROM book b GROUP BY b.id;
CREATE UNIQUE INDEX book_stats_id ON book_stats (id);
-- CASCADE takes the views that read it along
DROP VIEW book_list CASCADE;
-- a temporary table lives only in its session
CREATE TEMPORARY TABLE scratch AS SELECT id FROM book;
DROP TABLE scratch;
CREATE TEMP TABLE scratch2 (id int);
-- dropping a table with CASCADE removes the foreign keys to it and views on it
DROP TABLE author CASCADE;
CREATE VIEW review_view AS SELECT id, stars FROM review;
ALTER VIEW review_view RENAME TO review_summary;
