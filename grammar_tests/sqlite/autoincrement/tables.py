from sqlalchemy import BigInteger, Column, Integer, MetaData, Table, Text

metadata = MetaData()


t_big_ids = Table(
    'big_ids', metadata,
    Column('id', BigInteger, primary_key=True),
    Column('title', Text)
)

t_codes = Table(
    'codes', metadata,
    Column('code', Text, primary_key=True),
    Column('label', Text, nullable=False)
)

t_plain = Table(
    'plain', metadata,
    Column('id', Integer, primary_key=True),
    Column('title', Text)
)

t_table_level_pk = Table(
    'table_level_pk', metadata,
    Column('id', Integer, primary_key=True),
    Column('label', Text)
)

t_tickets = Table(
    'tickets', metadata,
    Column('id', Integer, primary_key=True),
    Column('title', Text, nullable=False)
)
