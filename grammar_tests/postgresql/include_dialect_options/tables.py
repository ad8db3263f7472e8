from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_parents = Table(
    'parents', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text),
    PrimaryKeyConstraint('id', name='parents_pkey')
)

t_children = Table(
    'children', metadata,
    Column('id', Integer, primary_key=True),
    Column('parent_id', Integer),
    ForeignKeyConstraint(['parent_id'], ['parents.id'], name='children_parent_id_fkey'),
    PrimaryKeyConstraint('id', name='children_pkey')
)
