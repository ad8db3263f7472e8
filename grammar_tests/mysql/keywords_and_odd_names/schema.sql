CREATE TABLE `select` (
  `id` INT PRIMARY KEY,
  `from` VARCHAR(10),
  `import` INT,
  `def` INT,
  `class` VARCHAR(5),
  `with space` INT,
  `dash-name` INT,
  `1st` INT,
  `naïve` VARCHAR(10)
);
