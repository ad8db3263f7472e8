CREATE TABLE span (id int PRIMARY KEY, d date NOT NULL, dt datetime, n int, b bigint);
CREATE VIEW span_days AS
  SELECT id, to_days(d) AS day_number, to_days(dt) AS dt_number,
         to_days(dt) - to_days(d) AS between_days, DATEDIFF(dt, d) AS diff_days,
         to_days(now()) - to_days(d) AS age_days, to_days(d) + 1 AS next_day_number,
         to_days(d) - n AS minus_int, to_days(d) * b AS times_bigint,
         to_seconds(dt) AS seconds, from_days(n) AS from_number
  FROM span;
