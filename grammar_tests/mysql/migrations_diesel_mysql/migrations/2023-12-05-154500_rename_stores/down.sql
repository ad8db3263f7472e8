ALTER TABLE employees DROP FOREIGN KEY employees_branch_fk;
ALTER TABLE employees RENAME COLUMN branch_id TO store_id;
ALTER TABLE branches CHANGE city_name city VARCHAR(80) NOT NULL;
RENAME TABLE branches TO stores;
DROP TABLE employees;
