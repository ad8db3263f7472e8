DROP TABLE ingredients;
