CREATE TABLE zone (
  zone_id INT NOT NULL PRIMARY KEY,
  name VARCHAR(20) NOT NULL
);
CREATE TABLE apple (
  apple_id INT NOT NULL PRIMARY KEY,
  zone_id INT NOT NULL,
  berry_id INT NULL,
  CONSTRAINT fk_apple_zone FOREIGN KEY (zone_id) REFERENCES zone (zone_id)
);
CREATE TABLE berry (
  berry_id INT NOT NULL PRIMARY KEY,
  zone_id INT NOT NULL,
  apple_id INT NOT NULL,
  CONSTRAINT fk_berry_zone FOREIGN KEY (zone_id) REFERENCES zone (zone_id),
  CONSTRAINT fk_berry_apple FOREIGN KEY (apple_id) REFERENCES apple (apple_id)
);
ALTER TABLE apple ADD CONSTRAINT fk_apple_berry FOREIGN KEY (berry_id) REFERENCES berry (berry_id);
CREATE TABLE basket (
  basket_id INT NOT NULL PRIMARY KEY,
  apple_id INT NOT NULL,
  CONSTRAINT fk_basket_apple FOREIGN KEY (apple_id) REFERENCES apple (apple_id)
);
CREATE TABLE crate (
  crate_id INT NOT NULL PRIMARY KEY,
  zone_id INT NOT NULL,
  CONSTRAINT fk_crate_zone FOREIGN KEY (zone_id) REFERENCES zone (zone_id)
);
