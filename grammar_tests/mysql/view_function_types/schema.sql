CREATE TABLE member (
  id INT NOT NULL PRIMARY KEY,
  nick VARCHAR(12) NOT NULL,
  surname VARCHAR(20) NOT NULL,
  joined DATE NOT NULL,
  seen DATETIME(3) NULL,
  balance DECIMAL(9,2) NULL,
  rate DECIMAL(6,3) NOT NULL,
  grade CHAR(3) NULL,
  bio TEXT NULL,
  motto TINYTEXT NULL,
  visits SMALLINT UNSIGNED NULL,
  points INT UNSIGNED NOT NULL,
  score DOUBLE NULL,
  long_a VARCHAR(300) NULL,
  long_b VARCHAR(250) NULL
);
CREATE VIEW member_report AS
SELECT SUBSTRING(nick, 1, 3) AS nick3, SUBSTRING(nick, 3) AS nick_rest, MID(surname, id, 2) AS sur_mid,
       SUBSTRING(surname FROM 2 FOR 30) AS sur_from, LEFT(surname, 4) AS sur4, RIGHT(nick, 40) AS nick_right,
       LPAD(id, 6, '0') AS padded, RPAD(nick, id, '.') AS padded_var, REPLACE(nick, '_', '--') AS nick_dashes,
       CONCAT_WS(', ', surname, nick, id) AS full_line, TRIM(surname) AS sur_trim, UPPER(grade) AS grade_up,
       LOWER(bio) AS bio_low, UPPER(motto) AS motto_up, CONCAT(long_a, long_b) AS long_ab, CONCAT(motto, '!') AS motto_bang,
       DATE_FORMAT(joined, '%d.%m.%Y') AS joined_text, DATE_FORMAT(seen, '%W %H:%i') AS seen_text,
       YEAR(joined) AS joined_year, MONTH(joined) AS joined_month, DAYOFWEEK(joined) AS joined_dow, DAYNAME(joined) AS joined_day,
       QUARTER(joined) AS joined_quarter, DAYOFYEAR(joined) AS joined_doy, LAST_DAY(joined) AS month_end,
       ROUND(balance, 1) AS bal1, ROUND(balance, 2) AS bal2, ROUND(rate) AS rate0, TRUNCATE(rate, 1) AS rate1,
       ROUND(id, -2) AS id_hundreds, FLOOR(rate) AS rate_floor, CEIL(balance) AS bal_ceil, ABS(id) AS id_abs, ABS(points) AS points_abs,
       MOD(id, 7) AS id_mod, id % 5 AS id_pct, CAST(id AS CHAR) AS id_text, CAST(rate AS CHAR(4)) AS rate_text,
       CAST(balance AS DECIMAL(12,1)) AS bal_dec, CAST(rate AS SIGNED) AS rate_int, CAST(points AS UNSIGNED) AS points_u,
       CAST(id AS UNSIGNED) AS id_u, CAST(seen AS DATE) AS seen_day, CONVERT(nick, CHAR(5)) AS nick5,
       CASE WHEN balance > 100 THEN 'rich' ELSE 'poor' END AS wealth, CASE WHEN rate > 1 THEN 'up' ELSE 'down' END AS trend,
       CASE grade WHEN 'A' THEN 1 WHEN 'B' THEN 2 ELSE 3 END AS grade_rank, CASE WHEN id > 10 THEN 1 ELSE 0 END AS big_id,
       IF(id > 1, nick, grade) AS label, IF(id > 1, 1, 2.5) AS factor, COALESCE(grade, 'none') AS grade_or, IFNULL(visits, id) AS visits_or,
       COALESCE(balance, score) AS money, GREATEST(id, points) AS biggest, LEAST(rate, 1) AS smallest, NULLIF(id, 0) AS id_or_null,
       MD5(nick) AS nick_md5, SHA1(nick) AS nick_sha, id IS NULL AS no_id, nick LIKE 'a%' AS starts_a, id IN (1, 2) AS first_two,
       id BETWEEN 1 AND 9 AS one_digit
FROM member;
CREATE TABLE meter (
  small_val SMALLINT NOT NULL,
  tiny_val TINYINT NOT NULL,
  medium_val MEDIUMINT NOT NULL,
  medium_u MEDIUMINT UNSIGNED NOT NULL,
  plain_val INT NOT NULL,
  plain_u INT UNSIGNED NOT NULL,
  d9 DECIMAL(9,2) NOT NULL,
  d10 DECIMAL(10,0) NOT NULL,
  d11 DECIMAL(11,2) NOT NULL
);
CREATE VIEW meter_math AS
SELECT medium_val + tiny_val AS sum_10, medium_u + 1 AS sum_u9, small_val * small_val AS product,
       -plain_val AS neg_int, -medium_val AS neg_medium, -7 AS neg_literal, ABS(medium_val) AS abs_medium,
       ABS(plain_u) AS abs_u, MOD(medium_val, tiny_val) AS mod_small, plain_u % 2 AS mod_u,
       FLOOR(d9) AS floor_9, FLOOR(d10) AS floor_10, CEIL(d11) AS ceil_11, ROUND(d9) AS round_9,
       CAST(medium_val AS SIGNED) AS signed_medium, CAST(d11 AS SIGNED) AS signed_dec,
       CAST(plain_u AS UNSIGNED) AS unsigned_u, CAST(small_val AS UNSIGNED) AS unsigned_small
FROM meter;
CREATE TABLE visit (
  id INT NOT NULL PRIMARY KEY,
  is_new TINYINT(1) NOT NULL,
  rank_no INT(4) NOT NULL,
  code INT(3) ZEROFILL NOT NULL,
  day_on DATE NULL,
  stamp DATETIME(2) NULL,
  length_of TIME(1) NULL,
  noted TIMESTAMP NULL,
  season YEAR NULL
);
CREATE VIEW visit_view AS
SELECT id, is_new + 1 AS new_plus, rank_no + 1 AS rank_plus, CONCAT(is_new) AS new_text, code + 1 AS code_plus,
       CONCAT(day_on) AS day_text, CONCAT(stamp) AS stamp_text, CONCAT(length_of) AS length_text,
       CONCAT(noted) AS noted_text, CONCAT(season) AS season_text,
       DATE_ADD(day_on, INTERVAL 1 DAY) AS next_day, DATE_ADD(day_on, INTERVAL 2 HOUR) AS later,
       DATE_SUB(stamp, INTERVAL 1 MONTH) AS month_before, day_on + INTERVAL 1 WEEK AS next_week,
       ADDDATE(day_on, 3) AS in_three, DATE_ADD(noted, INTERVAL 1 DAY) AS noted_next,
       COALESCE(is_new, 0) AS new_or_zero, IF(is_new, rank_no, 0) AS rank_if_new
FROM visit GROUP BY id;
CREATE VIEW visit_totals AS
SELECT MAX(is_new) AS any_new, MIN(rank_no) AS best_rank, SUM(is_new) AS new_count, SUM(rank_no) AS rank_total
FROM visit;
