from sqlalchemy import CheckConstraint, Column, Integer, MetaData, PrimaryKeyConstraint, Table, text

metadata = MetaData()


t_after_it = Table(
    'after_it', metadata,
    Column('id', Integer, primary_key=True),
    PrimaryKeyConstraint('id', name='after_it_pkey')
)

t_deep_check = Table(
    'deep_check', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', Integer),
    Column('b', Integer, server_default=text('(1 + 2)')),
    CheckConstraint('a > 0', name='deep_check_a_check'),
    PrimaryKeyConstraint('id', name='deep_check_pkey')
)
