ALTER TABLE users RENAME COLUMN email TO email_address;
ALTER TABLE users ADD CONSTRAINT users_email_address_key UNIQUE (email_address);
