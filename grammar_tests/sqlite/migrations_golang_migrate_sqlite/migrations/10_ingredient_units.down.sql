DROP TABLE ingredients;
DROP TABLE dishes;
