CREATE TABLE shirts (
  id INT PRIMARY KEY,
  size ENUM('small','medium','large','x-large') NOT NULL,
  colour ENUM('red','green') DEFAULT 'red',
  features SET('pocket','collar','zip')
);
CREATE TABLE pants (id INT PRIMARY KEY, size ENUM('small','large'));
