from sqlalchemy import Boolean, CHAR, Column, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table, Text, text

metadata = MetaData()


t_café = Table(
    'café', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('naïve name', Text, nullable=False),
    Column('größe', Integer),
    PrimaryKeyConstraint('id', name='café_pkey')
)

t_import = Table(
    'import', metadata,
    Column('class', Integer, primary_key=True),
    Column('lambda', Text),
    Column('self', Text),
    PrimaryKeyConstraint('class', name='import_pkey')
)

t_order_items = Table(
    'order items', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('café_id', Integer),
    Column('2nd-choice', Integer),
    Column('import', Boolean, server_default=text('false')),
    Column('def', Text),
    ForeignKeyConstraint(['2nd-choice'], ['café.id'], name='order items_2nd-choice_fkey'),
    ForeignKeyConstraint(['café_id'], ['café.id'], name='order items_café_id_fkey'),
    PrimaryKeyConstraint('id', name='order items_pkey')
)

t_2fa_codes = Table(
    '2fa-codes', metadata,
    Column('code', CHAR(6), primary_key=True),
    Column('for', Integer, nullable=False),
    Column('None', Text),
    ForeignKeyConstraint(['for'], ['order items.id'], name='2fa-codes_for_fkey'),
    PrimaryKeyConstraint('code', name='2fa-codes_pkey')
)
