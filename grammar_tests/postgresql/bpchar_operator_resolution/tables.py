from sqlalchemy import BigInteger, Boolean, CHAR, CheckConstraint, Column, Double, Index, Integer, MetaData, PrimaryKeyConstraint, String, Table, UniqueConstraint, text

metadata = MetaData()


t_code = Table(
    'code', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', CHAR(3)),
    Column('b', CHAR(3)),
    Column('c', CHAR(3)),
    Column('d', String(3)),
    Column('e', CHAR(3)),
    Column('f', CHAR(3)),
    Column('g', CHAR(3)),
    Column('n', Integer),
    Column('active', Boolean),
    Column('score', Double(53)),
    CheckConstraint("a ~ '^[a-z]'::text", name='code_a_check'),
    CheckConstraint("a ~~ 'a%%'::text", name='code_a_check1'),
    CheckConstraint('active IS TRUE OR active IS NOT FALSE', name='code_active_check'),
    CheckConstraint('c = c::character varying::bpchar', name='code_c_check'),
    CheckConstraint('d::bpchar = c', name='code_check'),
    CheckConstraint("e = ANY (ARRAY['x'::bpchar, 'y'::bpchar])", name='code_e_check'),
    CheckConstraint("f::text <> 'z'::text", name='code_f_check'),
    CheckConstraint("g >= 'a'::bpchar AND g < 'n'::bpchar", name='code_g_check'),
    CheckConstraint('n = ANY (ARRAY[1, NULL::integer])', name='code_n_check2'),
    CheckConstraint('n IS NOT NULL', name='code_n_check'),
    CheckConstraint('n IS NULL', name='code_n_check1'),
    PrimaryKeyConstraint('id', name='code_pkey'),
    Index('code_a_idx', 'id', postgresql_where="(a = 'X'::bpchar)"),
    Index('code_active_idx', 'id', postgresql_where='(active IS TRUE)'),
    Index('code_active_score_idx', 'id', postgresql_where='((active IS NOT FALSE) AND (score > (1)::double precision))'),
    Index('code_n_idx', 'id', postgresql_where='(n IS NOT NULL)')
)

t_singleton = Table(
    'singleton', metadata,
    Column('lock', CHAR(1), nullable=False, server_default=text("'X'::bpchar")),
    Column('position', BigInteger),
    CheckConstraint("lock = 'X'::bpchar", name='singleton_lock_check'),
    UniqueConstraint('lock', name='singleton_lock_key')
)
