# Generated schema: do not edit
#
BEGIN TRANSACTION;

# Table: 'authors'
CREATE TABLE authors (
	id INTEGER PRIMARY KEY NOT NULL ,
	name varchar(80) NOT NULL DEFAULT ''
);
#no space after the hash
-- an SQL comment line, then a shell comment line
# Table: 'books'
CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors (id), title TEXT); -- trailing comment
# the statement above ended on its own line
CREATE INDEX books_author ON books (author_id);
/* a block comment line */
# after a block comment
COMMIT;
