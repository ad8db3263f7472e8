CREATE TABLE customers (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL
) ENGINE=InnoDB;
CREATE TABLE orders (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id INT NOT NULL,
  referrer_id INT,
  approver_id INT,
  auditor_id INT,
  FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT fk_orders_referrer FOREIGN KEY (referrer_id) REFERENCES customers (id) ON DELETE SET NULL,
  CONSTRAINT fk_orders_approver FOREIGN KEY (approver_id) REFERENCES customers (id) ON DELETE RESTRICT ON UPDATE NO ACTION,
  CONSTRAINT fk_orders_auditor FOREIGN KEY (auditor_id) REFERENCES customers (id) ON UPDATE SET NULL
) ENGINE=InnoDB;
