import enum

from sqlalchemy import BigInteger, Boolean, Column, Date, DateTime, Double, Enum, ForeignKeyConstraint, Integer, LargeBinary, MetaData, Numeric, PrimaryKeyConstraint, String, Table, Text, UniqueConstraint, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

metadata = MetaData()


class Mood(str, enum.Enum):
    HAPPY = 'happy'
    SAD = 'sad'


t_teams = Table(
    'teams', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', Text, nullable=False),
    Column('parent_id', Integer),
    ForeignKeyConstraint(['parent_id'], ['teams.id'], name='teams_parent_id_fkey'),
    PrimaryKeyConstraint('id', name='teams_pkey')
)

t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('email', String(200), nullable=False),
    Column('nickname', Text),
    Column('balance', Numeric(12, 2), nullable=False, server_default=text('0')),
    Column('ratio', Double(53)),
    Column('born', Date),
    Column('seen_at', DateTime(True), server_default=text('now()')),
    Column('token', Uuid),
    Column('tags', ARRAY(Text())),
    Column('matrix', ARRAY(Integer())),
    Column('settings', JSONB),
    Column('current_mood', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood')),
    Column('active', Boolean, nullable=False, server_default=text('true')),
    Column('avatar', LargeBinary),
    PrimaryKeyConstraint('id', name='users_pkey'),
    UniqueConstraint('email', name='users_email_key')
)

t_membership = Table(
    'membership', metadata,
    Column('user_id', Integer, primary_key=True),
    Column('team_id', Integer, primary_key=True),
    ForeignKeyConstraint(['team_id'], ['teams.id'], name='membership_team_id_fkey'),
    ForeignKeyConstraint(['user_id'], ['users.id'], name='membership_user_id_fkey'),
    PrimaryKeyConstraint('user_id', 'team_id', name='membership_pkey')
)

t_passports = Table(
    'passports', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('owner_id', Integer, nullable=False),
    ForeignKeyConstraint(['owner_id'], ['users.id'], name='passports_owner_id_fkey'),
    PrimaryKeyConstraint('id', name='passports_pkey'),
    UniqueConstraint('owner_id', name='passports_owner_id_key')
)

t_transfers = Table(
    'transfers', metadata,
    Column('id', BigInteger, primary_key=True, autoincrement=True),
    Column('sender_id', Integer, nullable=False),
    Column('receiver_id', Integer),
    Column('amount', Numeric(12, 2), nullable=False),
    ForeignKeyConstraint(['receiver_id'], ['users.id'], name='transfers_receiver_id_fkey'),
    ForeignKeyConstraint(['sender_id'], ['users.id'], name='transfers_sender_id_fkey'),
    PrimaryKeyConstraint('id', name='transfers_pkey')
)

t_user_profile = Table(
    'user_profile', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('user_id', Integer),
    Column('bio', Text),
    ForeignKeyConstraint(['user_id'], ['users.id'], name='user_profile_user_id_fkey'),
    PrimaryKeyConstraint('id', name='user_profile_pkey'),
    UniqueConstraint('user_id', name='user_profile_user_id_key')
)
