from sqlalchemy import Column, Integer, MetaData, Table

metadata = MetaData()


t_a = Table(
    'a', metadata,
    Column('id', Integer, primary_key=True)
)

t_b = Table(
    'b', metadata,
    Column('id', Integer, primary_key=True)
)
