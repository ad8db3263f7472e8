CREATE TABLE users (
  Id INT PRIMARY KEY,
  `Email` VARCHAR(50) NOT NULL,
  Nick TEXT,
  UNIQUE (email),
  KEY by_email (EMAIL)
);
CREATE INDEX by_email_nick ON users (email, NICK(10));
CREATE TABLE posts (
  id INT,
  Author VARCHAR(50),
  PRIMARY KEY (ID),
  FOREIGN KEY (author) REFERENCES users (email)
);
ALTER TABLE posts ADD COLUMN Editor INT, ADD CONSTRAINT posts_editor FOREIGN KEY (EDITOR) REFERENCES users (ID);
