-------------------------------------------------------
--comment line right before a statement;
CREATE TABLE t (id INT PRIMARY KEY, a INT DEFAULT (2--1));
DELIMITER ;;
CREATE TABLE u (id INT PRIMARY KEY);;
DELIMITER ;
