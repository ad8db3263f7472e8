from sqlalchemy import Boolean, CheckConstraint, Column, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData()


t_plans = Table(
    'plans', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', Integer),
    Column('b', Integer),
    Column('label', String(10)),
    Column('note', Text),
    Column('active', Boolean),
    Column('interval', Text),
    Column('settings', JSONB),
    CheckConstraint('"interval" IS NOT NULL', name='keyword_column'),
    CheckConstraint("(((label::text || note)::character varying)::text) = 'x'::text", name='relabel_cast'),
    CheckConstraint('((a + b) * 2) > (a - (b - 1) + a * b)', name='arithmetic'),
    CheckConstraint("((label::text || note))::character varying(5)::text = 'x'::text", name='length_cast'),
    CheckConstraint("((note || note)::date) > '2020-01-01'::date", name='io_cast'),
    CheckConstraint("((settings ->> 'n'::text)::integer) > 0", name='jsonb_int'),
    CheckConstraint('(- (a + b)) < 0', name='negated'),
    CheckConstraint('(a + b)::bigint = 3', name='function_cast'),
    CheckConstraint('(a = 1) IS TRUE', name='test_of_op'),
    CheckConstraint('(a = ANY (ARRAY[1, 2])) OR (b <> ALL (ARRAY[3, 4]))', name='in_lists'),
    CheckConstraint('(a IS NULL) = active', name='null_test_operand'),
    CheckConstraint("(settings -> 'on'::text)::boolean", name='jsonb_bool'),
    CheckConstraint('NOT (NOT active)', name='not_not'),
    CheckConstraint('NOT (a = 1 OR b = 2)', name='not_or'),
    CheckConstraint('NOT (a = ANY (ARRAY[1, 2]))', name='not_any'),
    CheckConstraint("NOT note ~ '^x'::text", name='not_op'),
    CheckConstraint("a = 1 OR b = 2 AND label::text = 'x'::text", name='and_in_or'),
    CheckConstraint("a > 0 AND (b > 0 OR label::text > 'a'::text) AND active", name='or_in_and'),
    CheckConstraint('a > 0 OR b > 0 OR active', name='or_in_or'),
    CheckConstraint('a IS NULL AND (b = ANY (ARRAY[1, 2]))', name='any_under_and'),
    PrimaryKeyConstraint('id', name='plans_pkey')
)
