from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, Table, text

metadata = MetaData()


t_mv = Table(
    'mv', metadata,
    Column('id', Integer)
)

t_t = Table(
    't', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', Integer, server_default=text('1')),
    Column('b', Integer),
    PrimaryKeyConstraint('id', name='t_pkey')
)

t_v = Table(
    'v', metadata,
    Column('id', Integer),
    Column('a', Integer),
    comment='a view'
)
