CREATE TABLE flags (
  id INT PRIMARY KEY,
  a SET('', 'x', 'y') DEFAULT '',
  b SET('x', 'y') NOT NULL
);
