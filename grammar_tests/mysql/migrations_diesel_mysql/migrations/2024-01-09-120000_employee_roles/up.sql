ALTER TABLE employees
    ADD COLUMN role VARCHAR(20) NOT NULL DEFAULT 'clerk',
    ADD COLUMN manager_id INTEGER NULL,
    ADD CONSTRAINT employees_manager_fk FOREIGN KEY (manager_id) REFERENCES employees (id);
