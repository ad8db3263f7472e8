CREATE TABLE users (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(50) NOT NULL
) ENGINE=InnoDB;
CREATE TABLE documents (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner INT NOT NULL,
  user_id INT,
  user VARCHAR(50),
  reviewer_id INT,
  reviewer VARCHAR(50),
  FOREIGN KEY (owner) REFERENCES users (id),
  FOREIGN KEY (user_id) REFERENCES users (id),
  FOREIGN KEY (reviewer_id) REFERENCES users (id)
) ENGINE=InnoDB;
