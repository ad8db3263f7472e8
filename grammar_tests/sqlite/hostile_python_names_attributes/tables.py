from sqlalchemy import Boolean, Column, Integer, MetaData, Numeric, REAL, TIMESTAMP, Table, Text

metadata = MetaData()


t_reading = Table(
    'reading', metadata,
    Column('id', Integer, primary_key=True),
    Column('__debug__', Integer),
    Column('datetime', TIMESTAMP),
    Column('Optional', Text),
    Column('decimal', Numeric(10, 2)),
    Column('str', Text),
    Column('__tablename__', Text),
    Column('__table_args__', Text),
    Column('__qualname__', Text),
    Column('_sa_registry', Text),
    Column('registry', Text),
    Column('__deleted', Boolean),
    Column('area_m²', REAL),
    Column('co₂', REAL),
    Column('①', Integer),
    Column('ﬁle', Text),
    Column('file', Text),
    Column('K', Text),
    Column('K', Text),
    Column('नाम', Text)
)
