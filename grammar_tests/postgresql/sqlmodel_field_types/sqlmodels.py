from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import BigInteger, Boolean, Column, Date, DateTime, Double, Enum, ForeignKeyConstraint, Integer, LargeBinary, Numeric, PrimaryKeyConstraint, String, Table, Text, UniqueConstraint, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlmodel import Field, Relationship, SQLModel

class Mood(str, enum.Enum):
    HAPPY = 'happy'
    SAD = 'sad'


class Teams(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['teams.id'], name='teams_parent_id_fkey'),
        PrimaryKeyConstraint('id', name='teams_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', Integer))

    parent: Optional['Teams'] = Relationship(back_populates='parent_reverse', sa_relationship_kwargs={'remote_side': '[Teams.id]'})
    parent_reverse: list['Teams'] = Relationship(back_populates='parent', sa_relationship_kwargs={'remote_side': '[Teams.parent_id]'})
    user: list['Users'] = Relationship(back_populates='team', sa_relationship_kwargs={'secondary': 'membership'})


class Users(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
        UniqueConstraint('email', name='users_email_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    email: str = Field(sa_column=Column('email', String(200), nullable=False))
    balance: decimal.Decimal = Field(sa_column=Column('balance', Numeric(12, 2), nullable=False, server_default=text('0')))
    active: bool = Field(sa_column=Column('active', Boolean, nullable=False, server_default=text('true')))
    nickname: Optional[str] = Field(default=None, sa_column=Column('nickname', Text))
    ratio: Optional[float] = Field(default=None, sa_column=Column('ratio', Double(53)))
    born: Optional[datetime.date] = Field(default=None, sa_column=Column('born', Date))
    seen_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('seen_at', DateTime(True), server_default=text('now()')))
    token: Optional[uuid.UUID] = Field(default=None, sa_column=Column('token', Uuid))
    tags: Optional[list[str]] = Field(default=None, sa_column=Column('tags', ARRAY(Text())))
    matrix: Optional[list[int]] = Field(default=None, sa_column=Column('matrix', ARRAY(Integer())))
    settings: Optional[object] = Field(default=None, sa_column=Column('settings', JSONB))
    current_mood: Optional[Mood] = Field(default=None, sa_column=Column('current_mood', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood')))
    avatar: Optional[bytes] = Field(default=None, sa_column=Column('avatar', LargeBinary))

    team: list['Teams'] = Relationship(back_populates='user', sa_relationship_kwargs={'secondary': 'membership'})
    passports: 'Passports' = Relationship(back_populates='owner', sa_relationship_kwargs={'uselist': False})
    transfers_receiver: list['Transfers'] = Relationship(back_populates='receiver', sa_relationship_kwargs={'foreign_keys': '[Transfers.receiver_id]'})
    transfers_sender: list['Transfers'] = Relationship(back_populates='sender', sa_relationship_kwargs={'foreign_keys': '[Transfers.sender_id]'})
    user_profile: Optional['UserProfile'] = Relationship(back_populates='user', sa_relationship_kwargs={'uselist': False})


t_membership = Table(
    'membership', SQLModel.metadata,
    Column('user_id', Integer, primary_key=True),
    Column('team_id', Integer, primary_key=True),
    ForeignKeyConstraint(['team_id'], ['teams.id'], name='membership_team_id_fkey'),
    ForeignKeyConstraint(['user_id'], ['users.id'], name='membership_user_id_fkey'),
    PrimaryKeyConstraint('user_id', 'team_id', name='membership_pkey')
)


class Passports(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['owner_id'], ['users.id'], name='passports_owner_id_fkey'),
        PrimaryKeyConstraint('id', name='passports_pkey'),
        UniqueConstraint('owner_id', name='passports_owner_id_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    owner_id: int = Field(sa_column=Column('owner_id', Integer, nullable=False))

    owner: 'Users' = Relationship(back_populates='passports')


class Transfers(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['receiver_id'], ['users.id'], name='transfers_receiver_id_fkey'),
        ForeignKeyConstraint(['sender_id'], ['users.id'], name='transfers_sender_id_fkey'),
        PrimaryKeyConstraint('id', name='transfers_pkey')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    sender_id: int = Field(sa_column=Column('sender_id', Integer, nullable=False))
    amount: decimal.Decimal = Field(sa_column=Column('amount', Numeric(12, 2), nullable=False))
    receiver_id: Optional[int] = Field(default=None, sa_column=Column('receiver_id', Integer))

    receiver: Optional['Users'] = Relationship(back_populates='transfers_receiver', sa_relationship_kwargs={'foreign_keys': '[Transfers.receiver_id]'})
    sender: 'Users' = Relationship(back_populates='transfers_sender', sa_relationship_kwargs={'foreign_keys': '[Transfers.sender_id]'})


class UserProfile(SQLModel, table=True):
    __tablename__ = 'user_profile'
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], name='user_profile_user_id_fkey'),
        PrimaryKeyConstraint('id', name='user_profile_pkey'),
        UniqueConstraint('user_id', name='user_profile_user_id_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    user_id: Optional[int] = Field(default=None, sa_column=Column('user_id', Integer))
    bio: Optional[str] = Field(default=None, sa_column=Column('bio', Text))

    user: Optional['Users'] = Relationship(back_populates='user_profile')
