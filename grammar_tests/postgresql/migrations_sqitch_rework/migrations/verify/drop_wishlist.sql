-- Verify shelf:drop_wishlist on pg

DO $$ BEGIN ASSERT to_regclass('wishlist') IS NULL; END $$;
