from sqlalchemy import CheckConstraint, Column, Integer, String, Table
from sqlmodel import SQLModel

t_slugs = Table(
    'slugs', SQLModel.metadata,
    Column('slug', String(20)),
    Column('n', Integer),
    CheckConstraint('"left"(slug::text, n) <> "right"(slug::text, 2)', name='sides'),
    CheckConstraint("concat(slug, n) <> concat_ws(slug::text, slug, n) AND format(slug::text, n) <> ''::text", name='joins'),
    CheckConstraint("lpad(slug::text, 3, '0'::text) <> rpad(slug::text, 3) AND repeat(slug::text, 2) <> ''::text", name='pads'),
    CheckConstraint("quote_ident(slug::text) <> quote_literal(slug::text) AND quote_literal(n) <> ''::text", name='quoting'),
    CheckConstraint("regexp_replace(slug::text, '^x'::text, ''::text) <> regexp_replace(slug::text, 'y'::text, 'z'::text, 'g'::text)", name='patterns'),
    CheckConstraint("replace(slug::text, '-'::text, '_'::text) <> ''::text AND split_part(slug::text, '/'::text, n) <> ''::text AND translate(slug::text, 'ab'::text, 'cd'::text) <> ''::text", name='edits'),
    CheckConstraint("strpos(slug::text, '-'::text) > 0 AND ascii(slug::text) > 0 AND starts_with(slug::text, 'a'::text)", name='positions'),
    CheckConstraint('substr(slug::text, 2) <> "substring"(slug::text, 1, n) AND SUBSTRING(slug FROM 2 FOR n) <> \'\'::text', name='parts'),
    CheckConstraint("to_char(n, slug::text) <> chr(n) AND encode(slug::bytea, 'hex'::text) <> ''::text", name='formats')
)
