CREATE TYPE mode AS ENUM ('closed', 'require_application', 'open');
CREATE TABLE site (id int PRIMARY KEY, mode mode NOT NULL DEFAULT 'require_application', modes mode[] DEFAULT '{open,closed}',
  CONSTRAINT site_mode_check CHECK (mode <> 'closed'));
CREATE INDEX site_open ON site (id) WHERE mode = 'open';
ALTER TYPE mode RENAME VALUE 'require_application' TO 'RequireApplication';
ALTER TYPE mode RENAME VALUE 'closed' TO 'Closed';
ALTER TYPE mode RENAME VALUE 'open' TO 'Open Now';
