CREATE TABLE owner (id int PRIMARY KEY);
CREATE TABLE reading (
    id int NOT NULL,
    taken date NOT NULL,
    owner_id int REFERENCES owner,
    label text,
    level int,
    PRIMARY KEY (id, taken),
    UNIQUE (label, taken)
) PARTITION BY RANGE (taken);
CREATE INDEX ON reading (level);
CREATE INDEX reading_label_lower ON reading (lower(label));

-- attached: its own equivalent index and primary key are kept
CREATE TABLE reading_2024 (id int NOT NULL, taken date NOT NULL, owner_id int, label text, level int,
    CONSTRAINT reading_2024_pk PRIMARY KEY (id, taken));
CREATE INDEX reading_2024_mine ON reading_2024 (level);
ALTER TABLE reading ATTACH PARTITION reading_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- created as a partition, itself partitioned
CREATE TABLE reading_2025 PARTITION OF reading FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    PARTITION BY RANGE (taken);
CREATE TABLE reading_2025_low PARTITION OF reading_2025 FOR VALUES FROM ('2025-01-01') TO ('2025-07-01');

-- later additions to the parent recurse, except ON ONLY / ONLY keys
CREATE UNIQUE INDEX ON reading (level, taken, id);
CREATE INDEX reading_only ON ONLY reading (label);
CREATE INDEX ON reading (label) WHERE level > 0;

CREATE TABLE plain (id int NOT NULL, taken date NOT NULL, note text) PARTITION BY RANGE (taken);
CREATE TABLE plain_2024 PARTITION OF plain FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY plain ADD CONSTRAINT plain_pkey PRIMARY KEY (id, taken);
ALTER TABLE plain ADD UNIQUE (note, taken);
ALTER TABLE plain ADD CONSTRAINT plain_id_fkey FOREIGN KEY (id) REFERENCES owner;
