from sqlalchemy import CHAR, Column, ForeignKeyConstraint, Index, MetaData, String, Table, Text, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT

metadata = MetaData()


t_café = Table(
    'café', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('naïve name', String(50), nullable=False),
    Column('größe', INTEGER(11))
)

t_import = Table(
    'import', metadata,
    Column('class', INTEGER(11), primary_key=True),
    Column('lambda', Text),
    Column('self', Text)
)

t_order_items = Table(
    'order items', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('café_id', INTEGER(11)),
    Column('2nd-choice', INTEGER(11)),
    Column('import', TINYINT(1), server_default=text('0')),
    Column('def', Text),
    ForeignKeyConstraint(['2nd-choice'], ['café.id'], name='order items_ibfk_2'),
    ForeignKeyConstraint(['café_id'], ['café.id'], name='order items_ibfk_1'),
    Index('2nd-choice', '2nd-choice'),
    Index('café_id', 'café_id')
)

t_2fa_codes = Table(
    '2fa-codes', metadata,
    Column('code', CHAR(6), primary_key=True),
    Column('for', INTEGER(11), nullable=False),
    Column('None', Text),
    ForeignKeyConstraint(['for'], ['order items.id'], name='2fa-codes_ibfk_1'),
    Index('for', 'for')
)
