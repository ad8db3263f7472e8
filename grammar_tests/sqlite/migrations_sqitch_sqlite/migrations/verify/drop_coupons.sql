-- Verify shop:drop_coupons on sqlite

SELECT 1;
