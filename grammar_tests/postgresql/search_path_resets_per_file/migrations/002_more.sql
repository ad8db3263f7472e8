CREATE TABLE gadget (id integer PRIMARY KEY);
CREATE TABLE core.part (id integer PRIMARY KEY, widget_id integer REFERENCES core.widget (id));
SET search_path TO core, public;
CREATE INDEX part_widget_idx ON part (widget_id);
