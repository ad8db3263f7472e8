CREATE TABLE nums (
  tiny TINYINT(1) NOT NULL,
  small_u SMALLINT UNSIGNED NOT NULL,
  medium MEDIUMINT,
  big_u BIGINT UNSIGNED,
  yr YEAR NOT NULL,
  price DECIMAL(6,2) NOT NULL,
  ratio DECIMAL(20,6) UNSIGNED NOT NULL,
  f FLOAT(7,3) NOT NULL,
  plain_f FLOAT,
  flags BIT(3) NOT NULL
);

CREATE VIEW num_union AS
  SELECT tiny AS a, tiny AS b, small_u AS c, yr AS d, price AS e, f AS g, plain_f AS h, medium AS i, flags AS j, ratio AS k, small_u AS l
  FROM nums
  UNION ALL
  SELECT small_u, 100, yr, tiny, 1234567, tiny, small_u, NULL, flags, NULL, 12345678901
  FROM nums;

CREATE VIEW null_first AS
  SELECT NULL AS m, NULL AS u, NULL AS y FROM nums
  UNION SELECT medium, big_u, yr FROM nums;
