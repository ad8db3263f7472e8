CREATE TABLE slugs (
    slug varchar(20),
    n integer,
    CONSTRAINT edits CHECK (replace(slug, '-', '_') <> '' AND split_part(slug, '/', n) <> '' AND translate(slug, 'ab', 'cd') <> ''),
    CONSTRAINT sides CHECK (left(slug, n) <> right(slug, 2)),
    CONSTRAINT pads CHECK (lpad(slug, 3, '0') <> rpad(slug, 3) AND repeat(slug, 2) <> ''),
    CONSTRAINT patterns CHECK (regexp_replace(slug, '^x', '') <> regexp_replace(slug, 'y', 'z', 'g')),
    CONSTRAINT parts CHECK (substr(slug, 2) <> substring(slug, 1, n) AND substring(slug FROM 2 FOR n) <> ''),
    CONSTRAINT positions CHECK (strpos(slug, '-') > 0 AND ascii(slug) > 0 AND starts_with(slug, 'a')),
    CONSTRAINT joins CHECK (concat(slug, n) <> concat_ws(slug, slug, n) AND format(slug, n) <> ''),
    CONSTRAINT quoting CHECK (quote_ident(slug) <> quote_literal(slug) AND quote_literal(n) <> ''),
    CONSTRAINT formats CHECK (to_char(n, slug) <> chr(n) AND encode(slug::bytea, 'hex') <> '')
);
