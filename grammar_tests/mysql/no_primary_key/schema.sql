CREATE TABLE events (occurred_at DATETIME(3) NOT NULL, kind VARCHAR(20) NOT NULL, payload JSON, KEY idx_kind (kind));
