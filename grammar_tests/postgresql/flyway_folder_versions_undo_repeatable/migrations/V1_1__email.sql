ALTER TABLE account ADD COLUMN email text;
