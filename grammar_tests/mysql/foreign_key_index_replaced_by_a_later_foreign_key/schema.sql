CREATE TABLE shelves (id INT NOT NULL, slot INT NOT NULL, PRIMARY KEY (id, slot));

-- Written in one CREATE TABLE: the (shelf_id) key gives way to (shelf_id, slot).
CREATE TABLE boxes (
  id INT PRIMARY KEY,
  shelf_id INT NOT NULL,
  slot INT NOT NULL,
  CONSTRAINT boxes_shelf_fk FOREIGN KEY (shelf_id) REFERENCES shelves (id),
  CONSTRAINT boxes_slot_fk FOREIGN KEY (shelf_id, slot) REFERENCES shelves (id, slot)
);

-- Added later: the same.
CREATE TABLE crates (
  id INT PRIMARY KEY,
  shelf_id INT NOT NULL,
  slot INT NOT NULL,
  CONSTRAINT crates_shelf_fk FOREIGN KEY (shelf_id) REFERENCES shelves (id)
);
ALTER TABLE crates ADD CONSTRAINT crates_slot_fk FOREIGN KEY (shelf_id, slot) REFERENCES shelves (id, slot);

-- A longer generated index serves a shorter foreign key added later.
CREATE TABLE bins (
  id INT PRIMARY KEY,
  shelf_id INT NOT NULL,
  slot INT NOT NULL,
  CONSTRAINT bins_slot_fk FOREIGN KEY (shelf_id, slot) REFERENCES shelves (id, slot)
);
ALTER TABLE bins ADD CONSTRAINT bins_shelf_fk FOREIGN KEY (shelf_id) REFERENCES shelves (id);

-- The foreign key is dropped (its index stays) and made again under a new
-- name: the index is generated again, under the new name.
CREATE TABLE pallets (
  id INT PRIMARY KEY,
  shelf_id INT NOT NULL,
  CONSTRAINT pallets_old_fk FOREIGN KEY (shelf_id) REFERENCES shelves (id)
);
ALTER TABLE pallets DROP FOREIGN KEY pallets_old_fk;
ALTER TABLE pallets ADD CONSTRAINT pallets_shelf_fk FOREIGN KEY (shelf_id) REFERENCES shelves (id);

-- An index of the user's is kept and serves the foreign key.
CREATE TABLE trays (
  id INT PRIMARY KEY,
  shelf_id INT NOT NULL,
  KEY trays_by_shelf (shelf_id)
);
ALTER TABLE trays ADD CONSTRAINT trays_shelf_fk FOREIGN KEY (shelf_id) REFERENCES shelves (id);
