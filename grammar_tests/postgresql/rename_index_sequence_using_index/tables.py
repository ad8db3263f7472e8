from sqlalchemy import Column, Index, Integer, MetaData, Numeric, PrimaryKeyConstraint, Sequence, Table, Text, UniqueConstraint

metadata = MetaData()


t_codes = Table(
    'codes', metadata,
    Column('c', Text, primary_key=True),
    Column('d', Integer),
    PrimaryKeyConstraint('c', name='codes_pk')
)

t_items = Table(
    'items', metadata,
    Column('id', Integer, Sequence('items_id_sequence'), primary_key=True, autoincrement=True),
    Column('code', Text, nullable=False),
    Column('quantity', Integer, nullable=False, comment='how many'),
    Column('price', Numeric(10, 2)),
    PrimaryKeyConstraint('id', name='items_pkey'),
    UniqueConstraint('code', name='items_code_unique'),
    Index('items_qty_idx', 'quantity')
)

t_other_seq_user = Table(
    'other_seq_user', metadata,
    Column('id', Integer, Sequence('items_id_sequence'), primary_key=True, autoincrement=True),
    PrimaryKeyConstraint('id', name='other_seq_user_pkey')
)
