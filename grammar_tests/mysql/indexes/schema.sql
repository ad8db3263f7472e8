CREATE TABLE docs (
  id INT PRIMARY KEY,
  title VARCHAR(200) NOT NULL,
  body TEXT,
  author VARCHAR(50),
  score INT,
  KEY (author),
  KEY idx_title_prefix (title(20)),
  KEY idx_author_score (author, score),
  UNIQUE KEY (title),
  FULLTEXT KEY ft_body (body)
);
CREATE UNIQUE INDEX ux_score ON docs (score);
