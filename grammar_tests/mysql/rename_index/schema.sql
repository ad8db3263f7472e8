CREATE TABLE author (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(100) NOT NULL,
  name VARCHAR(100) NOT NULL,
  UNIQUE KEY email (email),
  KEY name (name)
);
CREATE TABLE book (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  author_id INT NOT NULL,
  editor_id INT,
  title VARCHAR(200) NOT NULL,
  CONSTRAINT book_author_fk FOREIGN KEY (author_id) REFERENCES author (id),
  CONSTRAINT book_editor_fk FOREIGN KEY (editor_id) REFERENCES author (id)
);

ALTER TABLE author RENAME INDEX email TO author_email_unique;
ALTER TABLE author RENAME KEY name TO author_name_idx, ADD KEY name (name, email);
ALTER TABLE book RENAME INDEX book_author_fk TO book_author_idx;
ALTER TABLE book ADD INDEX author_title (author_id, title), ADD INDEX editor_title (editor_id, title);
