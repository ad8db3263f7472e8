-- Verify inventory:parts_price_guard on mysql

SELECT 1/COUNT(*) FROM information_schema.triggers WHERE trigger_name = 'parts_price_guard';
