CREATE TABLE shelf (id INTEGER PRIMARY KEY, room TEXT, label TEXT);
CREATE TABLE box (box_id INTEGER PRIMARY KEY, Room TEXT, label TEXT, size INT);
CREATE TABLE bin (bin_id INTEGER PRIMARY KEY, room TEXT, size INT, color TEXT);

CREATE VIEW shelf_box AS SELECT * FROM shelf JOIN box USING (ROOM, label);
CREATE VIEW all_natural AS SELECT * FROM shelf NATURAL JOIN box NATURAL JOIN bin;
CREATE VIEW qualified AS SELECT box.*, shelf.* FROM shelf JOIN box USING (room);
CREATE VIEW from_subquery AS SELECT * FROM (SELECT room, label FROM shelf) AS s LEFT JOIN bin USING (room);
