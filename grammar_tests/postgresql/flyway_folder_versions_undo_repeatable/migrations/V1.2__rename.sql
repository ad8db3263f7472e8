ALTER TABLE account RENAME COLUMN email TO mail;
