from sqlalchemy import CHAR, Column, Integer, MetaData, Numeric, PrimaryKeyConstraint, String, Table, Text

metadata = MetaData()


t_accounts = Table(
    'accounts', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', String(40), nullable=False),
    Column('balance', Numeric(9, 2)),
    PrimaryKeyConstraint('id', name='accounts_pkey')
)

t_shipping = Table(
    'shipping', metadata,
    Column('id', Integer, primary_key=True),
    Column('street', Text),
    Column('city', String(30, 'C')),
    Column('zip', CHAR(5)),
    PrimaryKeyConstraint('id', name='shipping_pkey')
)
