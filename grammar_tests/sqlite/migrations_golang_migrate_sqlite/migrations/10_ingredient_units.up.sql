CREATE TABLE ingredients_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    dish_id INTEGER NOT NULL REFERENCES dishes (id) ON DELETE CASCADE,
    item TEXT NOT NULL,
    quantity REAL NOT NULL DEFAULT 1,
    unit TEXT NOT NULL DEFAULT 'g' CHECK (unit IN ('g', 'ml', 'pc'))
);
INSERT INTO ingredients_new (id, dish_id, item, quantity) SELECT id, dish_id, item, COALESCE(grams, 1) FROM ingredients;
DROP TABLE ingredients;
ALTER TABLE ingredients_new RENAME TO ingredients;
CREATE INDEX ingredients_dish_id ON ingredients (dish_id);
