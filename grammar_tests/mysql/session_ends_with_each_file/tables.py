from sqlalchemy import Column, MetaData, Table, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT

metadata = MetaData()


t_account = Table(
    'account', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('is_active', TINYINT(1), nullable=False, server_default=text('0'))
)

t_from_second_file = Table(
    'from_second_file', metadata,
    Column('id', INTEGER(11))
)
