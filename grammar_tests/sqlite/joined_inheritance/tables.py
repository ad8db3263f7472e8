from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, Text

metadata = MetaData()


t_vehicles = Table(
    'vehicles', metadata,
    Column('id', Integer, primary_key=True),
    Column('kind', Text, nullable=False)
)

t_cars = Table(
    'cars', metadata,
    Column('id', ForeignKey('vehicles.id'), primary_key=True),
    Column('seats', Integer, nullable=False)
)
