from sqlalchemy import Column, Integer, MetaData, Numeric, REAL, Table, text

metadata = MetaData()


t_reading = Table(
    'reading', metadata,
    Column('id', Integer, primary_key=True),
    Column('ratio', REAL, server_default=text('.5')),
    Column('whole', REAL, server_default=text('1.')),
    Column('below', REAL, server_default=text('-.25')),
    Column('tiny', REAL, server_default=text('1e-5')),
    Column('big', REAL, nullable=False, server_default=text('-2.5E+3')),
    Column('scaled', REAL, server_default=text('+1e10')),
    Column('mask', Integer, server_default=text('0x1F')),
    Column('price', Numeric(10, 2), server_default=text('1.50'))
)
