-- Deploy shop:drop_coupons to sqlite

BEGIN;

DROP TABLE coupons;

COMMIT;
