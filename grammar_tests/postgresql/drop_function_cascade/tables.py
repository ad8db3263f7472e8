from sqlalchemy import Column, DateTime, Index, Integer, MetaData, PrimaryKeyConstraint, Table, text

metadata = MetaData()


t_item = Table(
    'item', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('votes', Integer, nullable=False),
    Column('created', DateTime(True), nullable=False, server_default=text('now()')),
    Column('level', Integer),
    PrimaryKeyConstraint('id', name='item_pkey'),
    Index('item_votes', 'votes')
)

t_item_levels = Table(
    'item_levels', metadata,
    Column('id', Integer),
    Column('level', Integer)
)
