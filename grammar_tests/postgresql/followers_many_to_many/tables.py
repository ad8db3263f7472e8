from sqlalchemy import BigInteger, Column, ForeignKeyConstraint, MetaData, PrimaryKeyConstraint, Table, Text, UniqueConstraint

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', BigInteger, primary_key=True, autoincrement=True),
    Column('handle', Text, nullable=False),
    PrimaryKeyConstraint('id', name='users_pkey'),
    UniqueConstraint('handle', name='users_handle_key')
)

t_followers = Table(
    'followers', metadata,
    Column('follower_id', BigInteger, primary_key=True),
    Column('followed_id', BigInteger, primary_key=True),
    ForeignKeyConstraint(['followed_id'], ['users.id'], name='followers_followed_id_fkey'),
    ForeignKeyConstraint(['follower_id'], ['users.id'], name='followers_follower_id_fkey'),
    PrimaryKeyConstraint('follower_id', 'followed_id', name='followers_pkey')
)
