ALTER TABLE devices ADD COLUMN label TEXT;
ALTER TABLE readings RENAME COLUMN value TO reading;
