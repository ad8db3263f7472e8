from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, Numeric, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_vehicles = Table(
    'vehicles', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('kind', Text, nullable=False),
    Column('wheels', Integer, nullable=False),
    PrimaryKeyConstraint('id', name='vehicles_pkey')
)

t_cars = Table(
    'cars', metadata,
    Column('id', Integer, primary_key=True),
    Column('seats', Integer, nullable=False),
    ForeignKeyConstraint(['id'], ['vehicles.id'], name='cars_id_fkey'),
    PrimaryKeyConstraint('id', name='cars_pkey')
)

t_trucks = Table(
    'trucks', metadata,
    Column('id', Integer, primary_key=True),
    Column('payload', Numeric, nullable=False),
    ForeignKeyConstraint(['id'], ['vehicles.id'], name='trucks_id_fkey'),
    PrimaryKeyConstraint('id', name='trucks_pkey')
)
