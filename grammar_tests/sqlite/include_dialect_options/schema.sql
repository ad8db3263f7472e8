-- a comment before
CREATE TABLE "Order Items" (
    "item id" INTEGER PRIMARY KEY, -- trailing comment with UNIQUE word
    [qty] INT NOT NULL DEFAULT 1 CHECK (qty > 0),
    `price` DECIMAL(10, 2) NOT NULL,
    total REAL GENERATED ALWAYS AS (qty * price) STORED,
    half REAL AS (price / 2),
    note TEXT COLLATE NOCASE,
    sku TEXT UNIQUE,
    created DATETIME DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE tags (name TEXT PRIMARY KEY, color VARCHAR(7) DEFAULT '#fff');
CREATE TABLE item_tags (
    item_id INTEGER NOT NULL,
    tag_name TEXT NOT NULL,
    CONSTRAINT pk_it PRIMARY KEY (item_id, tag_name),
    FOREIGN KEY (item_id) REFERENCES "Order Items" ("item id") ON DELETE CASCADE,
    FOREIGN KEY (tag_name) REFERENCES tags (name) ON UPDATE CASCADE ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX ux_color ON tags (color) WHERE color IS NOT NULL;
CREATE INDEX ix_note ON "Order Items" (note DESC);
CREATE VIEW expensive AS SELECT "item id", price FROM "Order Items" WHERE price > 100;
create table if not exists lower_case (id integer primary key autoincrement, flag bool not null default 0, ts timestamp default (strftime('%s','now')));
ALTER TABLE tags ADD COLUMN rank INTEGER NOT NULL DEFAULT 0;
