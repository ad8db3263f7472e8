-- Verify shop:coupons on sqlite

SELECT * FROM coupons WHERE 0;
