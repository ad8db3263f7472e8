from sqlalchemy import CHAR, Column, DateTime, ForeignKeyConstraint, Index, MetaData, String, TIMESTAMP, Table, VARBINARY, text
from sqlalchemy.dialects.mysql import BIGINT

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True),
    Column('login', String(64), nullable=False),
    Column('password_hash', VARBINARY(64), nullable=False),
    Index('users_login_uq', 'login', unique=True)
)

t_access_tokens = Table(
    'access_tokens', metadata,
    Column('token', CHAR(40), primary_key=True),
    Column('user_id', BIGINT(20, unsigned=True), nullable=False),
    Column('issued_at', TIMESTAMP, nullable=False, server_default=text('current_timestamp()')),
    Column('expires_at', DateTime),
    ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='access_tokens_ibfk_1'),
    Index('user_id', 'user_id')
)
