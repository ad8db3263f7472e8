from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table, Text, UniqueConstraint

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', Text, nullable=False),
    PrimaryKeyConstraint('id', name='users_pkey')
)

t_profiles = Table(
    'profiles', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('user_id', Integer, nullable=False),
    Column('bio', Text),
    ForeignKeyConstraint(['user_id'], ['users.id'], name='profiles_user_id_fkey'),
    PrimaryKeyConstraint('id', name='profiles_pkey'),
    UniqueConstraint('user_id', name='profiles_user_id_key')
)
