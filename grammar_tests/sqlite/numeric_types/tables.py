from sqlalchemy import BigInteger, Column, DECIMAL, Double, Float, Integer, MetaData, Numeric, REAL, SmallInteger, Table, text

metadata = MetaData()


t_measurements = Table(
    'measurements', metadata,
    Column('id', Integer, primary_key=True),
    Column('tiny', Integer, nullable=False, server_default=text('0')),
    Column('small', SmallInteger, server_default=text('-5')),
    Column('medium', Integer),
    Column('plain', Integer, nullable=False, server_default=text('1')),
    Column('big', BigInteger),
    Column('huge', Integer),
    Column('two', Integer),
    Column('eight', Integer),
    Column('price', DECIMAL(12, 2), nullable=False, server_default=text('0.00')),
    Column('rate', Numeric(5, 4), server_default=text('0.0125')),
    Column('whole', Numeric),
    Column('ratio', REAL, server_default=text('0.5')),
    Column('precise', Double, server_default=text('-1.5e10')),
    Column('dp', REAL),
    Column('f', Float),
    Column('hexval', Integer, server_default=text('0x1F'))
)
