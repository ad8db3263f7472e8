from sqlalchemy import Column, ForeignKeyConstraint, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_vehicles = Table(
    'vehicles', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('kind', String(10), nullable=False)
)

t_cars = Table(
    'cars', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('seats', INTEGER(11), nullable=False),
    ForeignKeyConstraint(['id'], ['vehicles.id'], name='cars_ibfk_1')
)
