from sqlalchemy import Column, MetaData, Table, Uuid, text
from sqlalchemy.dialects.mysql import LONGTEXT
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


t_api_keys = Table(
    'api_keys', metadata,
    Column('id', Uuid, primary_key=True, server_default=text('uuid()')),
    Column('owner', Uuid, nullable=False),
    Column('settings', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False),
    Column('scopes', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), server_default=text('\'["read"]\'')),
    Column('last_ip', NullType),
    Column('payload', LONGTEXT)
)
