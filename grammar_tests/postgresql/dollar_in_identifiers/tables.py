from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, Numeric, PrimaryKeyConstraint, Table, Text, text

metadata = MetaData()


t_sys_tab_hist = Table(
    'sys$tab$hist', metadata,
    Column('id', Integer, primary_key=True),
    Column('a$b', Text),
    PrimaryKeyConstraint('id', name='sys$tab$hist_pkey')
)

t_after_it = Table(
    'after_it', metadata,
    Column('id', Integer, primary_key=True),
    Column('hist_id', Integer),
    Column('price$', Numeric, server_default=text('0')),
    ForeignKeyConstraint(['hist_id'], ['sys$tab$hist.id'], name='after_it_hist_id_fkey'),
    PrimaryKeyConstraint('id', name='after_it_pkey')
)
