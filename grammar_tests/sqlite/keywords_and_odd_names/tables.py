from sqlalchemy import Column, Integer, MetaData, Table, Text

metadata = MetaData()


t_class = Table(
    'class', metadata,
    Column('id', Integer, primary_key=True),
    Column('from', Text),
    Column('import', Integer),
    Column('with space', Text),
    Column('dash-name', Text),
    Column('1st', Integer)
)
