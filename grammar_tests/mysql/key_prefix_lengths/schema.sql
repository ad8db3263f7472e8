CREATE TABLE page (
  id INT NOT NULL PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  keyword VARCHAR(250) NOT NULL,
  query VARCHAR(300) NOT NULL,
  body TEXT,
  KEY name (name),
  KEY keyword (keyword),
  KEY query (query(260)),
  KEY body (body(40))
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE legacy (
  id INT NOT NULL PRIMARY KEY,
  title VARCHAR(400) NOT NULL,
  latin VARCHAR(1200) CHARACTER SET latin1 NOT NULL,
  KEY title (title),
  KEY latin (latin)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;
CREATE TABLE doc (
  id INT NOT NULL PRIMARY KEY,
  path VARCHAR(1000) NOT NULL,
  summary TEXT,
  short TINYTEXT,
  data BLOB,
  code VARCHAR(40) NOT NULL,
  url VARCHAR(2000) NOT NULL,
  KEY path (path),
  KEY summary (summary),
  KEY short (short),
  KEY data (data),
  KEY code (code(40)),
  KEY code_start (code(8), id),
  UNIQUE KEY url (url)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE draft (
  id INT NOT NULL PRIMARY KEY,
  title VARCHAR(700) NOT NULL
) ENGINE=Aria DEFAULT CHARSET=utf8mb4;
CREATE INDEX title ON draft (title);
ALTER TABLE draft ADD KEY title_start (title(10));
