-- Column names that reach Python source as attribute names.
CREATE TABLE reading (
  id INT PRIMARY KEY,
  `datetime` DATETIME,
  `decimal` DECIMAL(10, 2),
  `__deleted` TINYINT(1),
  `__debug__` INT,
  `ﬁle` VARCHAR(20),
  `file` VARCHAR(20),
  `state` ENUM('١', 'a b', 'a_b')
);
