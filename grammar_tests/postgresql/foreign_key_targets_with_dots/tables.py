from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table, UniqueConstraint

metadata = MetaData()


t_a_b = Table(
    'a.b', metadata,
    Column('id', Integer, primary_key=True),
    Column('x.y', Integer),
    PrimaryKeyConstraint('id', name='a.b_pkey'),
    UniqueConstraint('id', 'x.y', name='a.b_id_x.y_key')
)

t_c = Table(
    'c', metadata,
    Column('id', Integer, primary_key=True),
    Column('ab', Integer),
    Column('p', Integer),
    Column('q', Integer),
    ForeignKeyConstraint(['ab'], ['a.b.id'], name='c_ab_fkey'),
    ForeignKeyConstraint(['p', 'q'], ['a.b.id', 'a.b.x.y'], name='c_p_q_fkey'),
    PrimaryKeyConstraint('id', name='c_pkey')
)
