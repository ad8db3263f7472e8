-- Verify inventory:components on mysql

SELECT id, on_hand FROM components WHERE 0;
