CREATE TABLE s (id int primary key, a SET('x','y') CHARACTER SET latin1, b SET('p','q') DEFAULT 'p', c ENUM('m','n') COLLATE utf8mb4_bin NOT NULL);
