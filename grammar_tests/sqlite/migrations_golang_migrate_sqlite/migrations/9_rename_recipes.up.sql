ALTER TABLE recipes RENAME TO dishes;
ALTER TABLE dishes RENAME COLUMN minutes TO prep_minutes;
ALTER TABLE dishes DROP COLUMN notes;
ALTER TABLE ingredients RENAME COLUMN recipe_id TO dish_id;
