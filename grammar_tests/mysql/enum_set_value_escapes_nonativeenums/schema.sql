CREATE TABLE t (id INT PRIMARY KEY, a ENUM('x,y','p)q','it''s','back\\slash','(', ''), s SET('a b', 'c)'));
CREATE TABLE t2 (id INT PRIMARY KEY, a ENUM('back\\slash','c'), s SET('x\\y', 'z'));
CREATE TABLE t3 (id INT PRIMARY KEY, a ENUM('y''n','x\\\\k','z'));
