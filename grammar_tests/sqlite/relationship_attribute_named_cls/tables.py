from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table

metadata = MetaData()


t_parent = Table(
    'parent', metadata,
    Column('id', Integer, primary_key=True)
)

t_child = Table(
    'child', metadata,
    Column('id', Integer, primary_key=True),
    Column('cls', ForeignKey('parent.id')),
    Column('other', ForeignKey('parent.id'))
)
