-- +goose Up
CREATE TABLE note_history (
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES notes (id),
    old_body TEXT NOT NULL,
    changed_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- +goose StatementBegin
CREATE TRIGGER notes_keep_history AFTER UPDATE OF body ON notes
BEGIN
    INSERT INTO note_history (note_id, old_body) VALUES (OLD.id, OLD.body);
    UPDATE notebooks SET title = title WHERE id = NEW.notebook_id;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER notes_keep_history;
DROP TABLE note_history;
