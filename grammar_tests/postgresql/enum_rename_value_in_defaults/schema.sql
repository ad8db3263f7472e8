CREATE TYPE registration_mode AS ENUM ('closed', 'require_application', 'open');
CREATE TABLE site (
    id integer PRIMARY KEY,
    mode registration_mode NOT NULL DEFAULT 'require_application',
    fallback registration_mode DEFAULT 'closed' CHECK (fallback <> 'open'),
    note text DEFAULT 'closed'
);
CREATE INDEX site_open_idx ON site (id) WHERE mode = 'open';
ALTER TYPE registration_mode RENAME VALUE 'closed' TO 'Closed';
ALTER TYPE registration_mode RENAME VALUE 'require_application' TO 'RequireApplication';
ALTER TYPE registration_mode RENAME VALUE 'open' TO 'Open';
