-- migrate:up
CREATE TABLE payments (
  id BIGINT NOT NULL AUTO_INCREMENT,
  member_id INT NOT NULL,
  amount_cents INT NOT NULL,
  paid_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY payments_member_idx (member_id),
  CONSTRAINT payments_member_fk FOREIGN KEY (member_id) REFERENCES members (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TRIGGER payments_before_insert BEFORE INSERT ON payments
FOR EACH ROW
BEGIN
  IF NEW.amount_cents <= 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'amount must be positive';
  END IF;
  SET NEW.paid_at = COALESCE(NEW.paid_at, NOW());
END;

-- migrate:down
DROP TRIGGER payments_before_insert;
DROP TABLE payments;
