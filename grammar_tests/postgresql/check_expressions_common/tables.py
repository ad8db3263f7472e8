from sqlalchemy import BigInteger, Boolean, CHAR, CheckConstraint, Column, Date, Double, Integer, MetaData, Numeric, PrimaryKeyConstraint, REAL, String, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY

metadata = MetaData()


t_k = Table(
    'k', metadata,
    Column('id', Integer, primary_key=True),
    Column('email', Text),
    Column('status', String(20)),
    Column('price', Numeric(10, 2)),
    Column('qty', Integer),
    Column('starts', Date),
    Column('ends', Date),
    Column('code', CHAR(3)),
    Column('pct', REAL),
    Column('tags', ARRAY(Text())),
    Column('flag', Boolean),
    Column('name', Text),
    CheckConstraint("(price * qty::numeric) < '1000000000'::numeric", name='k_check2'),
    CheckConstraint('(qty %% 2) = 0', name='k_qty_check3'),
    CheckConstraint('COALESCE(qty, 0) >= 0', name='k_qty_check2'),
    CheckConstraint('NOT qty < 0', name='k_qty_check1'),
    CheckConstraint("SUBSTRING(code FROM 1 FOR 1) = 'A'::text", name='k_code_check1'),
    CheckConstraint('abs(qty) < 10', name='k_qty_check4'),
    CheckConstraint('cardinality(tags) <= 10', name='k_tags_check'),
    CheckConstraint('char_length(code) = 3', name='k_code_check'),
    CheckConstraint("email ~* '^[^@]+@[^@]+$'::text", name='k_email_check'),
    CheckConstraint("email ~~ '%%@%%'::text", name='k_email_check2'),
    CheckConstraint('ends > starts OR ends IS NULL', name='k_check'),
    CheckConstraint('flag IS NOT TRUE OR qty > 0', name='k_check1'),
    CheckConstraint('length(TRIM(BOTH FROM name)) > 0', name='k_name_check1'),
    CheckConstraint('lower(email) = email', name='k_email_check1'),
    CheckConstraint("name <> ''::text", name='k_name_check'),
    CheckConstraint("name ~ similar_to_escape('[a-z]+'::text)", name='k_name_check2'),
    CheckConstraint('pct >= 0.0::double precision AND pct <= 1.0::double precision', name='k_pct_check'),
    CheckConstraint('price >= 0::numeric AND price < 1000000::numeric', name='k_price_check'),
    CheckConstraint('price IS DISTINCT FROM 0::numeric', name='k_price_check1'),
    CheckConstraint('qty >= 1 AND qty <= 100', name='k_qty_check'),
    CheckConstraint("qty::text ~ '^[0-9]+$'::text", name='k_qty_check5'),
    CheckConstraint('starts < (CURRENT_DATE + 365)', name='k_starts_check1'),
    CheckConstraint("starts >= '2000-01-01'::date", name='k_starts_check'),
    CheckConstraint("status::text <> 'x'::text", name='k_status_check1'),
    CheckConstraint("status::text <> 'z'::text", name='k_status_check2'),
    CheckConstraint("status::text = ANY (ARRAY['a'::character varying, 'b'::character varying, 'c'::character varying]::text[])", name='k_status_check'),
    CheckConstraint("tags <> '{}'::text[]", name='k_tags_check1'),
    PrimaryKeyConstraint('id', name='k_pkey')
)

t_n = Table(
    'n', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', Numeric, server_default=text("'1000'::numeric")),
    Column('b', Double(53), server_default=text("'1000'::numeric")),
    Column('c', REAL, server_default=text("'250'::numeric")),
    Column('d', BigInteger, server_default=text("'99999999999'::bigint")),
    Column('e', Numeric, server_default=text("'123456789012345678901234567890'::numeric")),
    Column('f', Integer, server_default=text("'-5'::integer")),
    Column('g', Numeric(10, 2), server_default=text("'-100'::numeric")),
    Column('h', Double(53), server_default=text('1.5')),
    CheckConstraint("a < '1000000000'::numeric", name='n_a_check'),
    CheckConstraint("b > '-1000'::numeric::double precision", name='n_b_check'),
    CheckConstraint("d::numeric < '1000000000000'::numeric", name='n_d_check'),
    PrimaryKeyConstraint('id', name='n_pkey')
)
