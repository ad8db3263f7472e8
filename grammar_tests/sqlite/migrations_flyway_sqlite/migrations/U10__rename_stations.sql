ALTER TABLE measurements DROP COLUMN humidity;
ALTER TABLE sites ADD COLUMN elevation INTEGER;
ALTER TABLE sites RENAME COLUMN site_code TO code;
ALTER TABLE sites RENAME TO stations;
DROP TABLE measurements;
