-- +goose Up
ALTER TABLE notebooks RENAME TO folders;
ALTER TABLE notes RENAME COLUMN notebook_id TO folder_id;
ALTER TABLE notes DROP COLUMN color;
CREATE INDEX notes_folder_idx ON notes (folder_id, pinned);

-- +goose Down
DROP INDEX notes_folder_idx;
ALTER TABLE notes ADD COLUMN color TEXT;
ALTER TABLE notes RENAME COLUMN folder_id TO notebook_id;
ALTER TABLE folders RENAME TO notebooks;
DROP TABLE note_history;
