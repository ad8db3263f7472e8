from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_code_list = Table(
    'code_list', metadata,
    Column('code', String(50), primary_key=True)
)

t_entry = Table(
    'entry', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('code', String(50), nullable=False),
    ForeignKeyConstraint(['code'], ['code_list.code'], name='entry_ibfk_1'),
    Index('code', 'code'),
    Index('code_start', 'code', mysql_length={'code': 10})
)

t_later = Table(
    'later', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('code', String(50), nullable=False),
    ForeignKeyConstraint(['code'], ['code_list.code'], name='later_ibfk_1'),
    Index('code', 'code'),
    Index('code_head', 'code', mysql_length={'code': 5})
)

t_whole = Table(
    'whole', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('code', String(50), nullable=False),
    ForeignKeyConstraint(['code'], ['code_list.code'], name='whole_ibfk_1'),
    Index('code_all', 'code')
)
