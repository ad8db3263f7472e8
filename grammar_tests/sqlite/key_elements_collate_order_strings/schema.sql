CREATE TABLE account (
  tenant INTEGER NOT NULL,
  login TEXT NOT NULL COLLATE NOCASE,
  display TEXT,
  code TEXT,
  PRIMARY KEY (tenant DESC, login COLLATE NOCASE ASC),
  UNIQUE (tenant, display COLLATE NOCASE),
  UNIQUE ('code')
);

CREATE TABLE setting (
  name TEXT,
  scope TEXT,
  value TEXT,
  PRIMARY KEY ((name), 'scope')
);

CREATE INDEX account_display ON account (display COLLATE NOCASE);
CREATE UNIQUE INDEX account_code_tenant ON account (code DESC, (tenant) ASC);
CREATE INDEX setting_value ON setting ('value' COLLATE RTRIM);
