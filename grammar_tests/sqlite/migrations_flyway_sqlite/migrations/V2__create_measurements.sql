CREATE TABLE measurements (
    id INTEGER PRIMARY KEY,
    station_id INTEGER NOT NULL REFERENCES stations (id),
    measured_at TEXT NOT NULL,
    celsius REAL NOT NULL
);
CREATE INDEX measurements_station_time ON measurements (station_id, measured_at);
