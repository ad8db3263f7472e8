CREATE TABLE kinds (
    code TEXT PRIMARY KEY,
    flag INTEGER NOT NULL CHECK (flag IN (0, 1)) UNIQUE,
    label VARCHAR(20) CHECK (label IN ('a', 'b')) UNIQUE
);
CREATE TABLE nums (id INTEGER PRIMARY KEY, amount NUMERIC(8, 2) UNIQUE);
CREATE TABLE middle (
    id INTEGER PRIMARY KEY,
    kind REFERENCES kinds (code),
    flag,
    label,
    FOREIGN KEY (flag) REFERENCES kinds (flag),
    FOREIGN KEY (label) REFERENCES kinds (label)
);
CREATE TABLE leaf (id INTEGER PRIMARY KEY, middle_kind REFERENCES middle (kind), amount REFERENCES nums (amount));
CREATE TABLE lonely (id INTEGER PRIMARY KEY, ghost REFERENCES leaf (middle_kind), orphan);
