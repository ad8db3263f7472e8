CREATE TABLE boards (id integer PRIMARY KEY, title text);
CREATE TABLE board_log (id serial PRIMARY KEY, board_id integer, action text);
CREATE RULE log_board_delete AS ON DELETE TO boards DO ALSO (
    INSERT INTO board_log (board_id, action) VALUES (old.id, 'delete');
    DELETE FROM board_log WHERE board_id = -old.id;
);
CREATE RULE keep_title AS ON UPDATE TO boards WHERE new.title IS NULL DO INSTEAD NOTHING;
ALTER TABLE board_log ADD CONSTRAINT board_log_board_fk FOREIGN KEY (board_id) REFERENCES boards (id);
