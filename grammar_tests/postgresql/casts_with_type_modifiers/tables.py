from sqlalchemy import BigInteger, CHAR, CheckConstraint, Column, Double, Index, Integer, MetaData, Numeric, PrimaryKeyConstraint, String, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, TIMESTAMP

metadata = MetaData()


t_item = Table(
    'item', metadata,
    Column('id', Integer, primary_key=True),
    Column('code', String(10), server_default=text("'abc'::character varying(5)")),
    Column('label', String(10), server_default=text('NULL::character varying(5)')),
    Column('price', Numeric(8, 2), server_default=text('(5)::numeric(5,2)')),
    Column('title', Text, server_default=text('NULL::character varying(5)')),
    Column('qty', Integer, server_default=text('NULL::bigint')),
    Column('grade', CHAR(3), server_default=text("'ab'::character(3)")),
    Column('stamp', TIMESTAMP(precision=3), server_default=text("'2000-01-01 00:00:00'::timestamp(3) without time zone")),
    Column('moment', TIMESTAMP(True, 0), server_default=text('(now())::timestamp(0) with time zone')),
    Column('ids', ARRAY(BigInteger()), server_default=text('ARRAY[(1)::bigint, (2)::bigint]')),
    Column('names', ARRAY(String(length=5)), server_default=text("ARRAY['a'::character varying(5), 'b'::character varying(5)]")),
    Column('empty_names', ARRAY(String(length=5)), server_default=text('ARRAY[]::character varying[]')),
    Column('no_names', ARRAY(String(length=5)), server_default=text('(ARRAY[]::character varying[])::character varying(5)[]')),
    Column('amounts', ARRAY(Numeric()), server_default=text('ARRAY[1.5, (2)::numeric]')),
    Column('first_id', BigInteger, server_default=text('(ARRAY[(1)::bigint, (2)::bigint])[1]')),
    Column('weight', Double(53)),
    Column('size', Integer),
    Column('short_code', String(5)),
    Column('long_code', String(10)),
    Column('cost', Numeric(5, 2)),
    CheckConstraint('cost > 0::numeric(5,2)', name='item_cost_check'),
    CheckConstraint("long_code::character varying(5)::text <> 'x'::text", name='item_long_code_check'),
    CheckConstraint("short_code::text <> ''::text", name='item_short_code_check'),
    CheckConstraint('size > 0', name='item_size_check'),
    CheckConstraint('weight::numeric(5,2) > 1::numeric', name='item_weight_check'),
    PrimaryKeyConstraint('id', name='item_pkey'),
    Index('item_long_code_idx', 'id', postgresql_where="(((long_code)::character varying(5))::text <> 'x'::text)"),
    Index('item_short_code_idx', 'id', postgresql_where="((short_code)::text <> ''::text)")
)
