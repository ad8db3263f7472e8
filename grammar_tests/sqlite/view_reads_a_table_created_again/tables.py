from sqlalchemy import Column, Integer, MetaData, Numeric, String, Table, Text

metadata = MetaData()


t_gauge_readings = Table(
    'gauge_readings', metadata,
    Column('id', Integer),
    Column('reading', Numeric(8, 2)),
    Column('unit', String(8))
)

t_gauges = Table(
    'gauges', metadata,
    Column('id', Integer, primary_key=True),
    Column('reading', Numeric(8, 2), nullable=False),
    Column('unit', String(8)),
    Column('note', Text)
)
