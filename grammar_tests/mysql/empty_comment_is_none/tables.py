from sqlalchemy import CHAR, Column, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_account = Table(
    'account', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('email', String(80), comment='login'),
    Column('nick', String(20)),
    Index('account_nick', 'nick')
)

t_session = Table(
    'session', metadata,
    Column('id', INTEGER(11), primary_key=True, comment='kept'),
    Column('token', CHAR(32))
)
