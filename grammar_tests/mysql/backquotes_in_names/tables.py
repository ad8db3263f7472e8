from sqlalchemy import CheckConstraint, Column, Index, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_c2 = Table(
    'c2', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('p``id', INTEGER(11)),
    Index('fk``1', 'p``id')
)

t_c3 = Table(
    'c3', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('p``id', INTEGER(11)),
    Index('fk1', 'p``id')
)

t_d = Table(
    'd', metadata,
    Column('x``y', INTEGER(11), primary_key=True),
    Column('z', INTEGER(11), primary_key=True)
)

t_e3 = Table(
    'e3', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('pk', INTEGER(11)),
    Index('pk', 'pk')
)

t_p_t = Table(
    'p`t', metadata,
    Column('i``d', INTEGER(11), primary_key=True),
    Column('u``q', INTEGER(11)),
    CheckConstraint('`u``q` > 0', name='ck``1'),
    Index('uk``1', 'u``q', unique=True)
)

t_p_t3 = Table(
    'p`t3', metadata,
    Column('i``d', INTEGER(11), primary_key=True),
    Column('k', INTEGER(11)),
    Index('k', 'k', unique=True)
)

t_t_q = Table(
    't`q', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a``b', INTEGER(11)),
    Column('c``d', String(5), comment='x'),
    Column('e``f', INTEGER(11), server_default=text('3')),
    Index('ix``1', 'a``b')
)
