from sqlalchemy import CheckConstraint, Column, Index, MetaData, String, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER

metadata = MetaData()


t_pp = Table(
    'pp', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('code', String(10))
)

t_q = Table(
    'q', metadata,
    Column('note', Text),
    Column('id', INTEGER(11), primary_key=True),
    Column('p_id', INTEGER(11), primary_key=True),
    Index('p_id', 'p_id')
)

t_t2 = Table(
    't2', metadata,
    Column('ident', INTEGER(11), primary_key=True),
    Column('d', INTEGER(11)),
    Column('ee', String(20), nullable=False, server_default=text("'x'"), comment='hi'),
    Column('a', BIGINT(20, unsigned=True)),
    Column('ff', INTEGER(11)),
    CheckConstraint('`ff` < 5', name='ck2'),
    Index('k_ab', 'a')
)
