-- Revert shop:drop_coupons from sqlite

CREATE TABLE coupons (code TEXT PRIMARY KEY, percent INTEGER NOT NULL);
