from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('name', String(50), nullable=False)
)

t_profiles = Table(
    'profiles', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('user_id', INTEGER(11), nullable=False),
    Column('bio', Text),
    ForeignKeyConstraint(['user_id'], ['users.id'], name='profiles_ibfk_1'),
    Index('uq_profiles_user', 'user_id', unique=True)
)
