from sqlalchemy import Column, Integer, MetaData, Table, Text

metadata = MetaData()


t_kv = Table(
    'kv', metadata,
    Column('k', Integer, primary_key=True),
    Column('v', Text)
)

t_pair = Table(
    'pair', metadata,
    Column('a', Text, primary_key=True),
    Column('b', Text, primary_key=True)
)

t_plain = Table(
    'plain', metadata,
    Column('code', Text, primary_key=True),
    Column('note', Text)
)

t_tag = Table(
    'tag', metadata,
    Column('name', Text, primary_key=True),
    Column('hits', Integer)
)
