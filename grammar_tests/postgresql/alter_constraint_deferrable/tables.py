from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table

metadata = MetaData()


t_a = Table(
    'a', metadata,
    Column('id', Integer, primary_key=True),
    PrimaryKeyConstraint('id', name='a_pkey')
)

t_b = Table(
    'b', metadata,
    Column('id', Integer, primary_key=True),
    Column('a1', Integer),
    Column('a2', Integer),
    Column('a3', Integer),
    Column('a4', Integer),
    ForeignKeyConstraint(['a1'], ['a.id'], deferrable=True, initially='DEFERRED', name='b_a1_fkey'),
    ForeignKeyConstraint(['a2'], ['a.id'], name='b_a2_fkey'),
    ForeignKeyConstraint(['a3'], ['a.id'], deferrable=True, name='B_a3'),
    ForeignKeyConstraint(['a4'], ['a.id'], deferrable=True, name='b_a4_fkey'),
    PrimaryKeyConstraint('id', name='b_pkey')
)
