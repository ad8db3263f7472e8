CREATE TABLE code_list (
  code VARCHAR(50) NOT NULL PRIMARY KEY
);
CREATE TABLE entry (
  id INT NOT NULL PRIMARY KEY,
  code VARCHAR(50) NOT NULL,
  KEY code_start (code(10)),
  FOREIGN KEY (code) REFERENCES code_list (code)
);
CREATE TABLE whole (
  id INT NOT NULL PRIMARY KEY,
  code VARCHAR(50) NOT NULL,
  KEY code_all (code(50)),
  FOREIGN KEY (code) REFERENCES code_list (code)
);
CREATE TABLE later (
  id INT NOT NULL PRIMARY KEY,
  code VARCHAR(50) NOT NULL,
  FOREIGN KEY (code) REFERENCES code_list (code)
);
ALTER TABLE later ADD KEY code_head (code(5));
