CREATE TABLE api_keys (
  id UUID NOT NULL DEFAULT uuid() PRIMARY KEY,
  owner UUID NOT NULL,
  settings JSON NOT NULL,
  scopes JSON DEFAULT '["read"]',
  last_ip INET6,
  payload LONGTEXT CHECK (json_valid(payload))
) ENGINE=InnoDB;
