CREATE DOMAIN short_text AS text;
CREATE DOMAIN amount AS integer;
CREATE TABLE note (
    id integer PRIMARY KEY,
    body short_text,
    qty amount,
    CONSTRAINT note_body CHECK (body <> ''),
    CONSTRAINT note_qty CHECK (qty + 1 > 0)
);
