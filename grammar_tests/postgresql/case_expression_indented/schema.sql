CREATE TABLE shipment (
    id integer PRIMARY KEY,
    kind text,
    weight integer,
    total bigint,
    code varchar(8),
    CONSTRAINT shipment_kind CHECK (CASE WHEN kind IS NULL THEN weight IS NULL ELSE weight IS NOT NULL END),
    CONSTRAINT shipment_weight CHECK (weight = CASE WHEN kind = 'box' THEN 1 WHEN kind IS NULL THEN 2 ELSE 3 END),
    CONSTRAINT shipment_nested CHECK (CASE WHEN weight > 0 THEN CASE WHEN total > 0 THEN true ELSE false END ELSE weight + 1 > 2 END),
    CONSTRAINT shipment_simple CHECK (CASE code WHEN 'a' THEN 1 END + weight > 0),
    CONSTRAINT shipment_common CHECK (CASE WHEN weight > 0 THEN total ELSE weight END > 0),
    size_class text GENERATED ALWAYS AS (CASE WHEN weight > 10 THEN kind ELSE code END) STORED,
    bonus integer GENERATED ALWAYS AS (weight + CASE kind WHEN 'box' THEN 1 ELSE 2 END) STORED
);
