-- Revert shop:coupons from sqlite

BEGIN;

DROP TABLE coupons;

COMMIT;
