-- The schema as of version 3, for new databases.
CREATE TABLE tenants (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(80) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE users (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id INT NOT NULL,
    email VARCHAR(190) NOT NULL,
    first_name VARCHAR(60) NULL,
    last_name VARCHAR(60) NULL,
    CONSTRAINT users_ibfk_1 FOREIGN KEY (tenant_id) REFERENCES tenants (id)
) ENGINE=InnoDB;
