CREATE TABLE d (
  id int PRIMARY KEY, a int DEFAULT -1, b decimal(5,2) DEFAULT 1.5, c decimal(5,2) DEFAULT -0.25, e float DEFAULT 1e3, f varchar(10) DEFAULT 'it''s',
  g varchar(10) DEFAULT 'back\\slash', h datetime(6) DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), i date DEFAULT '2020-01-01',
  j char(36) DEFAULT (uuid()), k int DEFAULT (1 + 2), l bit(4) DEFAULT b'1010', m tinyint(1) DEFAULT TRUE, n bool DEFAULT FALSE,
  o varchar(10) DEFAULT NULL, p int NOT NULL DEFAULT 0, q double DEFAULT 0.1, r json DEFAULT ('{}'), s enum('x','y') DEFAULT 'y', t set('a','b') DEFAULT 'a,b',
  u timestamp NULL DEFAULT NULL, v time DEFAULT '12:00:00', w year DEFAULT 2024, x bigint unsigned DEFAULT 18446744073709551615, y varchar(20) DEFAULT (concat('a', 'b')),
  z text DEFAULT ('hello')
);
