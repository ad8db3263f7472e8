from sqlalchemy import Column, Integer, MetaData, Table, Text

metadata = MetaData()


t_code = Table(
    'code', metadata,
    Column('id', Integer, primary_key=True),
    Column('label', Text)
)

t_counter = Table(
    'counter', metadata,
    Column('id', Integer, primary_key=True),
    Column('hits', Integer)
)

t_counter_rows = Table(
    'counter_rows', metadata,
    Column('id', Integer),
    Column('hits', Integer)
)

t_desc_key = Table(
    'desc_key', metadata,
    Column('id', Integer, primary_key=True, unique=True),
    Column('label', Text, unique=True)
)

t_desc_rows = Table(
    'desc_rows', metadata,
    Column('rowid', Integer),
    Column('id', Integer),
    Column('label', Text)
)

t_late_key = Table(
    'late_key', metadata,
    Column('id', Integer, primary_key=True),
    Column('label', Text)
)

t_loose_desc = Table(
    'loose_desc', metadata,
    Column('id', Integer, primary_key=True, unique=True),
    Column('label', Text)
)

t_pair = Table(
    'pair', metadata,
    Column('a', Text, primary_key=True),
    Column('b', Integer, primary_key=True),
    Column('note', Text)
)
