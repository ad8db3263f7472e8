from sqlalchemy import Column, Integer, MetaData, String, Table, Text, UniqueConstraint

metadata = MetaData()


t_t = Table(
    't', metadata,
    Column('id', Integer, primary_key=True),
    Column('code', Text, nullable=False, unique=True),
    Column('username', String(50), nullable=False),
    Column('a', Integer),
    Column('b', Integer),
    UniqueConstraint('a', 'b')
)
