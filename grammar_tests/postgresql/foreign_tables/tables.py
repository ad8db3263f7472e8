from sqlalchemy import BigInteger, CHAR, Column, Date, Integer, MetaData, Numeric, PrimaryKeyConstraint, String, Table

metadata = MetaData()


t_city = Table(
    'city', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', String(80), nullable=False),
    PrimaryKeyConstraint('id', name='city_pkey')
)

t_city_report = Table(
    'city_report', metadata,
    Column('id', Integer),
    Column('name', String(80)),
    Column('population', BigInteger),
    Column('country', CHAR(2))
)

t_measurement = Table(
    'measurement', metadata,
    Column('logdate', Date, nullable=False),
    Column('reading', Numeric(8, 2))
)

t_measurement_recent = Table(
    'measurement_recent', metadata,
    Column('logdate', Date, nullable=False),
    Column('reading', Numeric(8, 2))
)

t_scratch = Table(
    'scratch', metadata,
    Column('id', Integer, primary_key=True),
    PrimaryKeyConstraint('id', name='scratch_pkey')
)
