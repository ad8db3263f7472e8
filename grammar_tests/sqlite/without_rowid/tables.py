from sqlalchemy import Column, Integer, LargeBinary, MetaData, Table, Text

metadata = MetaData()


t_kv = Table(
    'kv', metadata,
    Column('key', Text, primary_key=True),
    Column('value', LargeBinary)
)

t_s = Table(
    's', metadata,
    Column('id', Integer, primary_key=True),
    Column('v', Text)
)
