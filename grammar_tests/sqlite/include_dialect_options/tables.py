from sqlalchemy import Boolean, CheckConstraint, Column, Computed, DECIMAL, DateTime, ForeignKey, Index, Integer, MetaData, PrimaryKeyConstraint, REAL, String, TIMESTAMP, Table, Text, text

metadata = MetaData()


t_Order_Items = Table(
    'Order Items', metadata,
    Column('item id', Integer, primary_key=True),
    Column('qty', Integer, nullable=False, server_default=text('1')),
    Column('price', DECIMAL(10, 2), nullable=False),
    Column('total', REAL, Computed('qty * price', persisted=True)),
    Column('half', REAL, Computed('', persisted=False)),
    Column('note', Text, index=True),
    Column('sku', Text, unique=True),
    Column('created', DateTime, server_default=text('CURRENT_TIMESTAMP')),
    CheckConstraint('qty > 0')
)

t_expensive = Table(
    'expensive', metadata,
    Column('item id', Integer),
    Column('price', DECIMAL(10, 2))
)

t_lower_case = Table(
    'lower_case', metadata,
    Column('id', Integer, primary_key=True),
    Column('flag', Boolean, nullable=False, server_default=text('0')),
    Column('ts', TIMESTAMP, server_default=text("strftime('%s','now')"))
)

t_tags = Table(
    'tags', metadata,
    Column('name', Text, primary_key=True),
    Column('color', String(7), server_default=text("'#fff'")),
    Column('rank', Integer, nullable=False, server_default=text('0')),
    Index('ux_color', 'color', sqlite_where=color IS NOT NULL, unique=True)
)

t_item_tags = Table(
    'item_tags', metadata,
    Column('item_id', ForeignKey('Order Items.item id', ondelete='CASCADE'), primary_key=True),
    Column('tag_name', ForeignKey('tags.name', ondelete='RESTRICT', onupdate='CASCADE', deferrable=True, initially='DEFERRED'), primary_key=True),
    PrimaryKeyConstraint('item_id', 'tag_name', name='pk_it')
)
