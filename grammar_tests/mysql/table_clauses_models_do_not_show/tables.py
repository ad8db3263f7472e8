from sqlalchemy import Column, ForeignKeyConstraint, Index, LargeBinary, MetaData, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_by_hash = Table(
    'by_hash', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('v', String(10))
)

t_by_range = Table(
    'by_range', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('y', INTEGER(11), primary_key=True)
)

t_history = Table(
    'history', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('v', INTEGER(11)),
    Column('note', Text),
    Column('tag', String(20))
)

t_zipped = Table(
    'zipped', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('body', LargeBinary),
    Column('title', String(100))
)

t_refers = Table(
    'refers', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('history_id', INTEGER(11)),
    ForeignKeyConstraint(['history_id'], ['history.id'], name='refers_ibfk_1'),
    Index('history_id', 'history_id')
)
