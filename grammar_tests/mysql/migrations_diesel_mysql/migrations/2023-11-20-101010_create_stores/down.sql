DROP TABLE store_hours;
DROP TABLE stores;
