from sqlalchemy import Column, Index, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text

metadata = MetaData()


t_item = Table(
    'item', metadata,
    Column('id', Integer, primary_key=True),
    Column('code', String(20), nullable=False),
    Column('label', Text),
    Column('owner_id', Integer),
    PrimaryKeyConstraint('id', name='item_pkey'),
    Index('item_code_gin', postgresql_using='gin'),
    Index('item_code_idx', 'code'),
    Index('item_label_hash', 'label', postgresql_using='hash'),
    Index('item_label_idx', 'label', 'owner_id', unique=True),
    Index('item_owner_hash', 'owner_id', postgresql_using='hash')
)
