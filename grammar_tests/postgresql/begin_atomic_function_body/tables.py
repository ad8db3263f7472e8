from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, Table, text

metadata = MetaData()


t_after_it = Table(
    'after_it', metadata,
    Column('id', Integer, primary_key=True),
    Column('s', Integer, server_default=text('0')),
    PrimaryKeyConstraint('id', name='after_it_pkey')
)

t_before_it = Table(
    'before_it', metadata,
    Column('id', Integer, primary_key=True),
    PrimaryKeyConstraint('id', name='before_it_pkey')
)
