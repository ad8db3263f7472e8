from sqlalchemy import Column, Integer, MetaData, Table, Text, text

metadata = MetaData()


t_a = Table(
    'a', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text),
    Column('email', Text),
    Column('age', Integer, nullable=False, server_default=text('0'))
)
