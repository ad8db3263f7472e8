CREATE TABLE people (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  first_name VARCHAR(50) NOT NULL,
  last_name VARCHAR(50) NOT NULL,
  full_name VARCHAR(101) AS (CONCAT(first_name, ' ', last_name)) VIRTUAL,
  height_cm DECIMAL(5,1),
  height_in DECIMAL(6,2) GENERATED ALWAYS AS (height_cm / 2.54) STORED,
  name_length INT AS (CHAR_LENGTH(first_name)) PERSISTENT
) ENGINE=InnoDB;
