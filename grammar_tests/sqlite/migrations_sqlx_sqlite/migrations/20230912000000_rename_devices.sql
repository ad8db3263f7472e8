ALTER TABLE devices RENAME TO sensors;
ALTER TABLE sensors DROP COLUMN kind;

CREATE VIEW latest_readings AS
    SELECT device_id, MAX(taken_at) AS taken_at FROM readings GROUP BY device_id;
