from sqlalchemy import Column, DateTime, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True),
    Column('email', Text, nullable=False),
    Column('first_name', Text),
    Column('last_name', Text),
    Column('deleted_at', DateTime(True)),
    Column('score', Integer, nullable=False, server_default=text('0')),
    Column('tags', ARRAY(Text())),
    PrimaryKeyConstraint('id', name='users_pkey'),
    Index('users_email_active_idx', 'email', postgresql_where='(deleted_at IS NULL)', unique=True),
    Index('users_email_include_idx', 'email', postgresql_include=['first_name']),
    Index('users_email_lower_idx', unique=True),
    Index('users_full_name_idx'),
    Index('users_high_score_idx', 'score', postgresql_where='((score > 100) AND (deleted_at IS NULL))'),
    Index('users_name_idx', 'last_name', 'first_name'),
    Index('users_score_desc_idx', 'score'),
    Index('users_tags_idx', 'tags', postgresql_using='gin')
)
