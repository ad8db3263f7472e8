ALTER TABLE stations RENAME TO sites;
ALTER TABLE sites RENAME COLUMN code TO site_code;
ALTER TABLE sites DROP COLUMN elevation;
ALTER TABLE measurements ADD COLUMN humidity REAL;
