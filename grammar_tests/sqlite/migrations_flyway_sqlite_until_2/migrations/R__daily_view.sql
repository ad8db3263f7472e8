DROP VIEW IF EXISTS daily_means;
CREATE VIEW daily_means AS
    SELECT station_id, date(measured_at) AS day, avg(celsius) AS mean
    FROM measurements GROUP BY station_id, date(measured_at);
