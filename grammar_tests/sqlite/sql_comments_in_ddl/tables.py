from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, MetaData, Table, Text, text

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True),
    Column('login', Text, nullable=False, unique=True),
    Column('email', Text, nullable=False),
    Column('nick', Text, server_default=text("'anon'")),
    CheckConstraint("email LIKE '%@%'")
)

t_sessions = Table(
    'sessions', metadata,
    Column('token', Text, primary_key=True),
    Column('user_id', ForeignKey('users.id'), nullable=False),
    Column('created_at', Text, server_default=text('CURRENT_TIMESTAMP'))
)
