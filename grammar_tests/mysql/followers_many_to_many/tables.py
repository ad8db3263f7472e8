from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import BIGINT

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', BIGINT(20), primary_key=True, autoincrement=True),
    Column('handle', String(40), nullable=False),
    Index('handle', 'handle', unique=True)
)

t_followers = Table(
    'followers', metadata,
    Column('follower_id', BIGINT(20), primary_key=True),
    Column('followed_id', BIGINT(20), primary_key=True),
    ForeignKeyConstraint(['followed_id'], ['users.id'], name='followers_ibfk_2'),
    ForeignKeyConstraint(['follower_id'], ['users.id'], name='followers_ibfk_1'),
    Index('followed_id', 'followed_id')
)
