from sqlalchemy import BigInteger, Column, Date, Index, Integer, MetaData, PrimaryKeyConstraint, Table

metadata = MetaData()


t_measurements = Table(
    'measurements', metadata,
    Column('id', BigInteger, primary_key=True),
    Column('logdate', Date, primary_key=True),
    Column('peak', Integer),
    PrimaryKeyConstraint('id', 'logdate', name='measurements_pkey'),
    Index('measurements_peak_idx', 'peak')
)

t_measurements_2024 = Table(
    'measurements_2024', metadata,
    Column('id', BigInteger, primary_key=True),
    Column('logdate', Date, primary_key=True),
    Column('peak', Integer),
    PrimaryKeyConstraint('id', 'logdate', name='measurements_2024_pkey'),
    Index('measurements_2024_peak_idx', 'peak')
)

t_measurements_2025 = Table(
    'measurements_2025', metadata,
    Column('id', BigInteger, nullable=False),
    Column('logdate', Date, nullable=False),
    Column('peak', Integer)
)
