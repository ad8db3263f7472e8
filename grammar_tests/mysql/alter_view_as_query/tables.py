from sqlalchemy import Column, Date, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER

metadata = MetaData()


t_member_karma = Table(
    'member_karma', metadata,
    Column('member_id', INTEGER(11), server_default=text("'0'")),
    Column('points', BIGINT(12), server_default=text("'0'")),
    Column('since', Date)
)

t_member_names = Table(
    'member_names', metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('handle', String(40)),
    Column('joined', Date)
)

t_members = Table(
    'members', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('handle', String(40), nullable=False),
    Column('joined', Date),
    Column('karma', INTEGER(11), nullable=False, server_default=text('0'))
)
