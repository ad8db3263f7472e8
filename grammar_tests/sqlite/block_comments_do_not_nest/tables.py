from sqlalchemy import Column, Integer, MetaData, Table, Text

metadata = MetaData()


t_first_table = Table(
    'first_table', metadata,
    Column('id', Integer, primary_key=True)
)

t_second_table = Table(
    'second_table', metadata,
    Column('id', Integer, primary_key=True),
    Column('label', Text)
)
