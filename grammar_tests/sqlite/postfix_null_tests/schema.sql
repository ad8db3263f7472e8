CREATE TABLE task (
  id INTEGER PRIMARY KEY,
  done_at TEXT,
  owner TEXT,
  CHECK (done_at ISNULL OR owner NOTNULL),
  CONSTRAINT owner_set CHECK (owner NOT NULL OR done_at ISNULL)
);
CREATE VIEW open_task AS SELECT id, owner ISNULL AS unowned FROM task WHERE done_at ISNULL;
