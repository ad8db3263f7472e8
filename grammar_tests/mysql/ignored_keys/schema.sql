CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (
  id int PRIMARY KEY,
  parent_id int,
  code varchar(10),
  note varchar(20),
  KEY parent_key (parent_id) IGNORED,
  UNIQUE KEY code_key (code) IGNORED,
  KEY note_key (note) NOT IGNORED,
  KEY `both` (code, note),
  CONSTRAINT child_parent FOREIGN KEY (parent_id) REFERENCES parent (id)
);
CREATE TABLE other (id int PRIMARY KEY, parent_id int, FOREIGN KEY (parent_id) REFERENCES parent (id));
