from sqlalchemy import CheckConstraint, Column, Double, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text, text

metadata = MetaData()


t_agg = Table(
    'agg', metadata,
    Column('id', Integer, primary_key=True),
    Column('hot_rank', Double(53), nullable=False, server_default=text('1728')),
    Column('score', Integer),
    Column('label', Text),
    CheckConstraint('hot_rank >= 0::double precision AND score < 100', name='agg_rank_check'),
    PrimaryKeyConstraint('id', name='agg_pkey'),
    Index('agg_expr'),
    Index('agg_label', 'id', postgresql_where="(label = 'x'::text)"),
    Index('agg_nonzero', 'id', postgresql_where='(hot_rank <> (0)::double precision)')
)
