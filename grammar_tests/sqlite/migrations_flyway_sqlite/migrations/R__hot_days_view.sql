DROP VIEW IF EXISTS hot_days;
CREATE VIEW hot_days AS
    SELECT station_id, day, mean FROM daily_means WHERE mean > 30;
