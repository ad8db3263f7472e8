-- Deploy inventory:parts_price_guard to mysql
-- requires: parts

DELIMITER //
CREATE TRIGGER parts_price_guard BEFORE INSERT ON parts
FOR EACH ROW
BEGIN
    IF NEW.unit_price < 0 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative price';
    END IF;
END//
DELIMITER ;
