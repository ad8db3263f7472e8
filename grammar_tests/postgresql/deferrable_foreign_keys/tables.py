from sqlalchemy import CHAR, Column, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table, Text, UniqueConstraint

metadata = MetaData()


t_countries = Table(
    'countries', metadata,
    Column('id', Integer, primary_key=True),
    Column('iso_code', CHAR(2), nullable=False),
    PrimaryKeyConstraint('id', name='countries_pkey'),
    UniqueConstraint('iso_code', name='countries_iso_code_key')
)

t_cities = Table(
    'cities', metadata,
    Column('id', Integer, primary_key=True),
    Column('country_code', CHAR(2), nullable=False),
    Column('capital_of', Integer),
    Column('name', Text, nullable=False),
    ForeignKeyConstraint(['capital_of'], ['countries.id'], deferrable=True, name='cities_capital_of_fkey'),
    ForeignKeyConstraint(['country_code'], ['countries.iso_code'], deferrable=True, initially='DEFERRED', name='cities_country_code_fkey'),
    PrimaryKeyConstraint('id', name='cities_pkey')
)

t_routes = Table(
    'routes', metadata,
    Column('from_city', Integer, primary_key=True),
    Column('to_city', Integer, primary_key=True),
    Column('distance', Integer),
    ForeignKeyConstraint(['from_city'], ['cities.id'], ondelete='CASCADE', match='FULL', name='routes_from_fk'),
    ForeignKeyConstraint(['to_city'], ['cities.id'], onupdate='CASCADE', deferrable=True, initially='DEFERRED', name='routes_to_fk'),
    PrimaryKeyConstraint('from_city', 'to_city', name='routes_pkey')
)
