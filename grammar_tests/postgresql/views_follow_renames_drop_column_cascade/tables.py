from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, Sequence, Table, Text

metadata = MetaData()


t_thing = Table(
    'thing', metadata,
    Column('id', Integer, Sequence('item_id_seq'), primary_key=True, autoincrement=True),
    Column('note', Text),
    PrimaryKeyConstraint('id', name='item_pkey')
)

t_thing_notes = Table(
    'thing_notes', metadata,
    Column('id', Integer),
    Column('note', Text),
    comment='notes'
)
