from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_mv = Table(
    'mv', metadata,
    Column('id', Integer)
)

t_mv3 = Table(
    'mv3', metadata,
    Column('b', Text)
)

t_t = Table(
    't', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', Text),
    PrimaryKeyConstraint('id', name='t_pkey')
)

t_v1 = Table(
    'v1', metadata,
    Column('id', Integer),
    Column('a', Text)
)

t_v2 = Table(
    'v2', metadata,
    Column('id', Integer)
)

t_v3 = Table(
    'v3', metadata,
    Column('id', Integer),
    Column('a', Text)
)

t_v4 = Table(
    'v4', metadata,
    Column('z', Integer),
    Column('y', Text)
)
