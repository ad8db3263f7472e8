CREATE TABLE products (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sku VARCHAR(20) NOT NULL,
  price DECIMAL(10,2) NOT NULL CHECK (price >= 0),
  discount_price DECIMAL(10,2),
  kind VARCHAR(10) NOT NULL,
  stock INT NOT NULL DEFAULT 0,
  released DATE,
  CONSTRAINT discount_below_price CHECK (discount_price IS NULL OR discount_price < price),
  CONSTRAINT kind_known CHECK (kind IN ('book', 'music', 'film')),
  CHECK (stock >= 0),
  CHECK (released > '2000-01-01')
) ENGINE=InnoDB;
