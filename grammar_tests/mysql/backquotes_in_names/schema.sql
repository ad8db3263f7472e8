CREATE TABLE `t``q` (id INT PRIMARY KEY, `a``b` INT, `c``d` VARCHAR(5) COMMENT 'x', `e``f` INT DEFAULT 3, KEY `ix``1` (`a``b`));
CREATE TABLE `p``t` (`i``d` INT PRIMARY KEY, `u``q` INT, UNIQUE KEY `uk``1` (`u``q`), CONSTRAINT `ck``1` CHECK (`u``q` > 0));
CREATE TABLE `c2` (id INT PRIMARY KEY, `p``id` INT, CONSTRAINT `fk``1` FOREIGN KEY (`p``id`) REFERENCES `p``t` (`i``d`));
CREATE TABLE `d` (`x``y` INT NOT NULL, `z` INT NOT NULL, PRIMARY KEY (`x``y`, `z`));
CREATE TABLE `p``t3` (`i``d` INT PRIMARY KEY, k INT UNIQUE);
CREATE TABLE `c3` (id INT PRIMARY KEY, `p``id` INT, CONSTRAINT `fk1` FOREIGN KEY (`p``id`) REFERENCES `p``t3` (`i``d`));
CREATE TABLE `e3` (id INT PRIMARY KEY, pk INT, FOREIGN KEY (pk) REFERENCES `p``t3` (k));
