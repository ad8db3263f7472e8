-- Deploy shelf:drop_wishlist to pg

BEGIN;

DROP TABLE wishlist;

COMMIT;
