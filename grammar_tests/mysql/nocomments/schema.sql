CREATE TABLE notes (id INT PRIMARY KEY COMMENT 'pk', body TEXT COMMENT 'hidden') COMMENT='hidden';
