-- Deploy inventory:components to mysql
-- requires: parts

BEGIN;

RENAME TABLE parts TO components;
ALTER TABLE components RENAME COLUMN in_stock TO on_hand;
ALTER TABLE components DROP COLUMN obsolete;

COMMIT;
