CREATE TABLE shelves (id INT PRIMARY KEY, code VARCHAR(10), room VARCHAR(10));
CREATE VIEW shelf_codes AS SELECT id, code FROM shelves;
CREATE VIEW shelf_rooms AS SELECT id, room FROM shelves;
CREATE VIEW all_shelves AS SELECT * FROM shelves;
CREATE VIEW room_list AS SELECT room FROM shelf_rooms;

ALTER TABLE shelves RENAME COLUMN code TO shelf_code;
ALTER TABLE shelves DROP COLUMN room;

CREATE TABLE racks (id INT PRIMARY KEY, height INT);
CREATE VIEW rack_heights AS SELECT id, height FROM racks;
RENAME TABLE racks TO old_racks;
CREATE TABLE racks (id BIGINT PRIMARY KEY, height DECIMAL(5,1));
