from sqlalchemy import CheckConstraint, Column, Integer, MetaData, PrimaryKeyConstraint, Table, Text
from sqlalchemy.dialects.postgresql import CITEXT

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True),
    Column('username', CITEXT, nullable=False),
    Column('email', Text, nullable=False),
    CheckConstraint("email ~~ '%%@%%'::text", name='users_email_check'),
    CheckConstraint("length(username::text) >= 2 AND username ~ '^[a-z]+$'::citext", name='users_username_check'),
    PrimaryKeyConstraint('id', name='users_pkey')
)
