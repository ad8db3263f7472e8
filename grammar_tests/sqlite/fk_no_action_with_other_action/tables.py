from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, Table

metadata = MetaData()


t_parent = Table(
    'parent', metadata,
    Column('id', Integer, primary_key=True)
)

t_child = Table(
    'child', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', Integer),
    Column('b', Integer),
    Column('c', Integer),
    ForeignKeyConstraint(['a'], ['parent.id'], onupdate='CASCADE', name='fk_a'),
    ForeignKeyConstraint(['b'], ['parent.id'], ondelete='SET NULL', name='fk_b'),
    ForeignKeyConstraint(['c'], ['parent.id'], deferrable=True, initially='DEFERRED', name='fk_c')
)
