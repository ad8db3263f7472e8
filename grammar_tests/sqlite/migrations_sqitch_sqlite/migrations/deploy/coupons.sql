-- Deploy shop:coupons to sqlite

BEGIN;

CREATE TABLE coupons (
    code TEXT PRIMARY KEY,
    percent INTEGER NOT NULL CHECK (percent BETWEEN 1 AND 100)
);

COMMIT;
