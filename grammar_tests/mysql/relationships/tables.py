from sqlalchemy import CHAR, Column, DECIMAL, ForeignKeyConstraint, Index, MetaData, String, TIMESTAMP, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, DATETIME, INTEGER, SMALLINT, TINYINT

metadata = MetaData()


t_orders = Table(
    'orders', metadata,
    Column('region', CHAR(2), primary_key=True),
    Column('num', INTEGER(11), primary_key=True),
    Column('total', DECIMAL(12, 2), nullable=False, server_default=text('0.00'))
)

t_user_names = Table(
    'user_names', metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('name', String(30)),
    Column('class', String(20))
)

t_users = Table(
    'users', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('email', String(100), nullable=False),
    Column('class', String(20), comment='it\'s a "keyword"\nnew line \\ back'),
    Column('manager_id', INTEGER(11)),
    Column('2fa', TINYINT(1), nullable=False, server_default=text('0')),
    Column('first name', String(30)),
    ForeignKeyConstraint(['manager_id'], ['users.id'], ondelete='SET NULL', name='fk_mgr'),
    Index('email', 'email', unique=True),
    Index('fk_mgr', 'manager_id'),
    comment='People; "quoted" and \'single\''
)

t_audit_log = Table(
    'audit_log', metadata,
    Column('at', DATETIME(fsp=3), nullable=False, server_default=text('current_timestamp(3)')),
    Column('actor', INTEGER(11)),
    Column('action', String(40), nullable=False, server_default=text("'noop'")),
    ForeignKeyConstraint(['actor'], ['users.id'], name='fk_actor'),
    Index('actor', 'actor', 'at')
)

t_followers = Table(
    'followers', metadata,
    Column('follower_id', INTEGER(11), primary_key=True),
    Column('followed_id', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(['followed_id'], ['users.id'], ondelete='CASCADE', name='followers_ibfk_2'),
    ForeignKeyConstraint(['follower_id'], ['users.id'], ondelete='CASCADE', name='followers_ibfk_1'),
    Index('followed_id', 'followed_id')
)

t_messages = Table(
    'messages', metadata,
    Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True),
    Column('sender_id', INTEGER(11), nullable=False),
    Column('recipient_id', INTEGER(11), nullable=False),
    Column('body', Text, nullable=False),
    Column('sent_at', TIMESTAMP, nullable=False, server_default=text('current_timestamp()')),
    ForeignKeyConstraint(['recipient_id'], ['users.id'], name='messages_ibfk_2'),
    ForeignKeyConstraint(['sender_id'], ['users.id'], name='messages_ibfk_1'),
    Index('ix_msg_sent', 'sent_at'),
    Index('recipient_id', 'recipient_id'),
    Index('sender_id', 'sender_id')
)

t_order_lines = Table(
    'order_lines', metadata,
    Column('region', CHAR(2), primary_key=True),
    Column('num', INTEGER(11), primary_key=True),
    Column('line', SMALLINT(6), primary_key=True),
    Column('qty', INTEGER(10, unsigned=True), nullable=False, server_default=text('1')),
    ForeignKeyConstraint(['region', 'num'], ['orders.region', 'orders.num'], onupdate='CASCADE', name='fk_order')
)

t_profiles = Table(
    'profiles', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('user_id', INTEGER(11), nullable=False),
    Column('bio', Text),
    ForeignKeyConstraint(['user_id'], ['users.id'], name='profiles_ibfk_1'),
    Index('user_id', 'user_id', unique=True)
)
