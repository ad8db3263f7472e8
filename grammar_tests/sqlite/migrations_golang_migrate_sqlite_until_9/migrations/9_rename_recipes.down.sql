ALTER TABLE ingredients RENAME COLUMN dish_id TO recipe_id;
ALTER TABLE dishes ADD COLUMN notes TEXT;
ALTER TABLE dishes RENAME COLUMN prep_minutes TO minutes;
ALTER TABLE dishes RENAME TO recipes;
