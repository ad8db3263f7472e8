from sqlalchemy import Boolean, Column, ForeignKey, Integer, MetaData, Table, Text, text

metadata = MetaData()


t_café = Table(
    'café', metadata,
    Column('id', Integer, primary_key=True),
    Column('naïve name', Text, nullable=False),
    Column('größe', Integer)
)

t_import = Table(
    'import', metadata,
    Column('class', Integer, primary_key=True),
    Column('lambda', Text),
    Column('self', Text)
)

t_order_items = Table(
    'order items', metadata,
    Column('id', Integer, primary_key=True),
    Column('café_id', ForeignKey('café.id')),
    Column('2nd-choice', ForeignKey('café.id')),
    Column('import', Boolean, server_default=text('0')),
    Column('def', Text)
)

t_2fa_codes = Table(
    '2fa-codes', metadata,
    Column('code', Text, primary_key=True),
    Column('for', ForeignKey('order items.id'), nullable=False),
    Column('None', Text)
)
