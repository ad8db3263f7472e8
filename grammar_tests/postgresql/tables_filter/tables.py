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
    Column('a_id', Integer),
    ForeignKeyConstraint(['a_id'], ['a.id'], name='b_a_id_fkey'),
    PrimaryKeyConstraint('id', name='b_pkey')
)
