from sqlalchemy import BigInteger, Column, DateTime, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_orders = Table(
    'orders', metadata,
    Column('id', BigInteger, primary_key=True, autoincrement=True),
    Column('note', Text),
    Column('placed_at', DateTime),
    PrimaryKeyConstraint('id', name='orders_pkey')
)
