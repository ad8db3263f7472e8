RENAME TABLE stores TO branches;
ALTER TABLE branches CHANGE city city_name VARCHAR(100) NOT NULL;
ALTER TABLE employees DROP FOREIGN KEY employees_store_fk;
ALTER TABLE employees RENAME COLUMN store_id TO branch_id;
ALTER TABLE employees ADD CONSTRAINT employees_branch_fk FOREIGN KEY (branch_id) REFERENCES branches (id);
DROP TABLE store_hours;
