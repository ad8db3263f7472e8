CREATE TABLE `café` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `naïve name` VARCHAR(50) NOT NULL,
  `größe` INT
) ENGINE=InnoDB;
CREATE TABLE `order items` (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `café_id` INT,
  `2nd-choice` INT,
  `import` BOOLEAN DEFAULT FALSE,
  `def` TEXT,
  FOREIGN KEY (`café_id`) REFERENCES `café` (id),
  FOREIGN KEY (`2nd-choice`) REFERENCES `café` (id)
) ENGINE=InnoDB;
CREATE TABLE `2fa-codes` (
  code CHAR(6) NOT NULL PRIMARY KEY,
  `for` INT NOT NULL,
  `None` TEXT,
  FOREIGN KEY (`for`) REFERENCES `order items` (id)
) ENGINE=InnoDB;
CREATE TABLE `import` (
  `class` INT NOT NULL PRIMARY KEY,
  `lambda` TEXT,
  `self` TEXT
) ENGINE=InnoDB;
