from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, Text

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True),
    Column('handle', Text, nullable=False, unique=True)
)

t_followers = Table(
    'followers', metadata,
    Column('follower_id', ForeignKey('users.id'), primary_key=True),
    Column('followed_id', ForeignKey('users.id'), primary_key=True)
)
