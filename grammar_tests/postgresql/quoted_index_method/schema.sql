CREATE TABLE item (
    id integer PRIMARY KEY,
    code varchar(20) NOT NULL,
    label text,
    owner_id integer
);
CREATE INDEX item_code_idx ON item USING "btree" (code);
CREATE UNIQUE INDEX item_label_idx ON public.item USING "btree" (label, owner_id);
CREATE INDEX item_owner_hash ON item USING "hash" (owner_id);
CREATE INDEX item_label_hash ON item USING HASH (label);
CREATE INDEX item_code_gin ON item USING "gin" (to_tsvector('simple', code));
