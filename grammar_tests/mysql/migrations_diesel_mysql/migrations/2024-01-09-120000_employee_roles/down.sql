ALTER TABLE employees DROP FOREIGN KEY employees_manager_fk, DROP COLUMN manager_id, DROP COLUMN role;
