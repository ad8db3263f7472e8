from sqlalchemy import Column, ForeignKey, ForeignKeyConstraint, Integer, MetaData, Table

metadata = MetaData()


t_parents = Table(
    'parents', metadata,
    Column('id', Integer, primary_key=True)
)

t_kids = Table(
    'kids', metadata,
    Column('id', Integer, primary_key=True),
    Column('p1', ForeignKey('parents.id')),
    Column('p2', ForeignKey('parents.id', ondelete='SET NULL')),
    Column('p3', Integer),
    ForeignKeyConstraint(['p3'], ['parents.id'], onupdate='CASCADE', name='fk_p3')
)
