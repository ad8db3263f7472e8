from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import BigInteger, Boolean, Column, Date, DateTime, Double, Enum, ForeignKeyConstraint, Integer, LargeBinary, Numeric, PrimaryKeyConstraint, String, Table, Text, UniqueConstraint, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

class Base(DeclarativeBase):
    pass


class Mood(str, enum.Enum):
    HAPPY = 'happy'
    SAD = 'sad'


class Teams(Base):
    __tablename__ = 'teams'
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['teams.id'], name='teams_parent_id_fkey'),
        PrimaryKeyConstraint('id', name='teams_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    parent_id: Mapped[Optional[int]] = mapped_column(Integer)

    parent: Mapped[Optional['Teams']] = relationship('Teams', remote_side=[id], back_populates='parent_reverse')
    parent_reverse: Mapped[list['Teams']] = relationship('Teams', remote_side=[parent_id], back_populates='parent')
    user: Mapped[list['Users']] = relationship('Users', secondary='membership', back_populates='team')


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
        UniqueConstraint('email', name='users_email_key')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(200), nullable=False)
    balance: Mapped[decimal.Decimal] = mapped_column(Numeric(12, 2), nullable=False, server_default=text('0'))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('true'))
    nickname: Mapped[Optional[str]] = mapped_column(Text)
    ratio: Mapped[Optional[float]] = mapped_column(Double(53))
    born: Mapped[Optional[datetime.date]] = mapped_column(Date)
    seen_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True), server_default=text('now()'))
    token: Mapped[Optional[uuid.UUID]] = mapped_column(Uuid)
    tags: Mapped[Optional[list[str]]] = mapped_column(ARRAY(Text()))
    matrix: Mapped[Optional[list[int]]] = mapped_column(ARRAY(Integer()))
    settings: Mapped[Optional[object]] = mapped_column(JSONB)
    current_mood: Mapped[Optional[Mood]] = mapped_column(Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'))
    avatar: Mapped[Optional[bytes]] = mapped_column(LargeBinary)

    team: Mapped[list['Teams']] = relationship('Teams', secondary='membership', back_populates='user')
    passports: Mapped['Passports'] = relationship('Passports', uselist=False, back_populates='owner')
    transfers_receiver: Mapped[list['Transfers']] = relationship('Transfers', foreign_keys='[Transfers.receiver_id]', back_populates='receiver')
    transfers_sender: Mapped[list['Transfers']] = relationship('Transfers', foreign_keys='[Transfers.sender_id]', back_populates='sender')
    user_profile: Mapped[Optional['UserProfile']] = relationship('UserProfile', uselist=False, back_populates='user')


t_membership = Table(
    'membership', Base.metadata,
    Column('user_id', Integer, primary_key=True),
    Column('team_id', Integer, primary_key=True),
    ForeignKeyConstraint(['team_id'], ['teams.id'], name='membership_team_id_fkey'),
    ForeignKeyConstraint(['user_id'], ['users.id'], name='membership_user_id_fkey'),
    PrimaryKeyConstraint('user_id', 'team_id', name='membership_pkey')
)


class Passports(Base):
    __tablename__ = 'passports'
    __table_args__ = (
        ForeignKeyConstraint(['owner_id'], ['users.id'], name='passports_owner_id_fkey'),
        PrimaryKeyConstraint('id', name='passports_pkey'),
        UniqueConstraint('owner_id', name='passports_owner_id_key')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    owner_id: Mapped[int] = mapped_column(Integer, nullable=False)

    owner: Mapped['Users'] = relationship('Users', back_populates='passports')


class Transfers(Base):
    __tablename__ = 'transfers'
    __table_args__ = (
        ForeignKeyConstraint(['receiver_id'], ['users.id'], name='transfers_receiver_id_fkey'),
        ForeignKeyConstraint(['sender_id'], ['users.id'], name='transfers_sender_id_fkey'),
        PrimaryKeyConstraint('id', name='transfers_pkey')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    sender_id: Mapped[int] = mapped_column(Integer, nullable=False)
    amount: Mapped[decimal.Decimal] = mapped_column(Numeric(12, 2), nullable=False)
    receiver_id: Mapped[Optional[int]] = mapped_column(Integer)

    receiver: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[receiver_id], back_populates='transfers_receiver')
    sender: Mapped['Users'] = relationship('Users', foreign_keys=[sender_id], back_populates='transfers_sender')


class UserProfile(Base):
    __tablename__ = 'user_profile'
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], name='user_profile_user_id_fkey'),
        PrimaryKeyConstraint('id', name='user_profile_pkey'),
        UniqueConstraint('user_id', name='user_profile_user_id_key')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[Optional[int]] = mapped_column(Integer)
    bio: Mapped[Optional[str]] = mapped_column(Text)

    user: Mapped[Optional['Users']] = relationship('Users', back_populates='user_profile')
