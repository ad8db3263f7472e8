from sqlalchemy import Column, Integer, MetaData, Table, Text

metadata = MetaData()


t_parents = Table(
    'parents', metadata,
    Column('id', Integer, primary_key=True),
    Column('code', Text),
    Column('n', Integer)
)

t_children = Table(
    'children', metadata,
    Column('id', Integer, primary_key=True),
    Column('parent_id', Integer)
)
