from sqlalchemy import BigInteger, CheckConstraint, Column, Computed, DateTime, ForeignKeyConstraint, Identity, Index, Integer, MetaData, Numeric, PrimaryKeyConstraint, Sequence, String, Table, Text, UniqueConstraint, text

metadata = MetaData()


t_items_copy = Table(
    'items_copy', metadata,
    Column('id', Integer, primary_key=True),
    Column('owner_id', Integer),
    Column('sku', String(20), nullable=False),
    Column('name', Text),
    Column('price', Numeric(10, 2), nullable=False),
    Column('created', DateTime(True)),
    Column('version', BigInteger, Identity(start=10, increment=10, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), nullable=False),
    Column('taxed', Numeric),
    PrimaryKeyConstraint('id', name='items_copy_pkey'),
    UniqueConstraint('sku', name='items_copy_sku_key'),
    Index('items_copy_created_price_idx', 'created', postgresql_include=['price']),
    Index('items_copy_lower_idx'),
    Index('items_copy_name_sku_idx', 'name', 'sku', postgresql_where='(name IS NOT NULL)', unique=True)
)

t_items_history = Table(
    'items_history', metadata,
    Column('id', Integer, Sequence('items_id_seq'), primary_key=True, autoincrement=True),
    Column('owner_id', Integer),
    Column('sku', String(20), nullable=False),
    Column('name', Text, comment='display name'),
    Column('price', Numeric(10, 2), nullable=False, server_default=text('0')),
    Column('created', DateTime(True), server_default=text('now()')),
    Column('version', BigInteger, Identity(start=10, increment=10, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), nullable=False),
    Column('taxed', Numeric, Computed('(price * 1.2)', persisted=True)),
    CheckConstraint('price >= 0::numeric', name='positive_price'),
    PrimaryKeyConstraint('id', name='items_history_pkey'),
    UniqueConstraint('sku', name='items_history_sku_key'),
    Index('items_history_created_price_idx', 'created', postgresql_include=['price']),
    Index('items_history_lower_idx'),
    Index('items_history_name_sku_idx', 'name', 'sku', postgresql_where='(name IS NOT NULL)', unique=True)
)

t_owners = Table(
    'owners', metadata,
    Column('id', Integer, primary_key=True),
    PrimaryKeyConstraint('id', name='owners_pkey')
)

t_items = Table(
    'items', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('owner_id', Integer),
    Column('sku', String(20), nullable=False),
    Column('name', Text, comment='display name'),
    Column('price', Numeric(10, 2), nullable=False, server_default=text('0')),
    Column('created', DateTime(True), server_default=text('now()')),
    Column('version', BigInteger, Identity(start=10, increment=10, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), nullable=False),
    Column('taxed', Numeric, Computed('(price * 1.2)', persisted=True)),
    CheckConstraint('price >= 0::numeric', name='positive_price'),
    ForeignKeyConstraint(['owner_id'], ['owners.id'], name='items_owner_id_fkey'),
    PrimaryKeyConstraint('id', name='items_pkey'),
    UniqueConstraint('sku', name='items_sku_unique'),
    Index('items_by_name'),
    Index('items_created_price_idx', 'created', postgresql_include=['price']),
    Index('items_named', 'name', 'sku', postgresql_where='(name IS NOT NULL)', unique=True),
    comment='live items'
)
