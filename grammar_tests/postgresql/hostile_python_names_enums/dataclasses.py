from typing import Optional
import datetime
import enum
import uuid

from sqlalchemy import DateTime, Enum, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class DateTime(str, enum.Enum):
    X = 'x'
    Y = 'y'


class Digits(str, enum.Enum):
    _١ = '١'
    _１ = '１'
    _1 = '1'


class Enum(str, enum.Enum):
    A = 'a'
    B = 'b'


class Role(str, enum.Enum):
    ADMIN = 'admin'
    USER = 'user'


class Later(Base):
    __tablename__ = 'later'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='later_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    r: Mapped[Optional[Role]] = mapped_column(Enum(Role, values_callable=lambda cls: [member.value for member in cls], name='ROLE'))


class Role(Base):
    __tablename__ = 'role'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='role_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[Optional[Role]] = mapped_column(Enum(Role, values_callable=lambda cls: [member.value for member in cls], name='ROLE'))
    name: Mapped[Optional[str]] = mapped_column(Text)

    account: Mapped[list['Account']] = relationship('Account', back_populates='role_')


class Account(Base):
    __tablename__ = 'account'
    __table_args__ = (
        ForeignKeyConstraint(['role_id'], ['role.id'], name='account_role_id_fkey'),
        PrimaryKeyConstraint('id', name='account_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    role: Mapped[Role] = mapped_column(Enum(Role, values_callable=lambda cls: [member.value for member in cls], name='ROLE'), nullable=False)
    role_id: Mapped[Optional[int]] = mapped_column(Integer)
    uuid: Mapped[Optional[uuid.UUID]] = mapped_column(Uuid)
    int: Mapped[Optional[int]] = mapped_column(Integer)
    e: Mapped[Optional[Enum]] = mapped_column(Enum(Enum, values_callable=lambda cls: [member.value for member in cls], name='enum'))
    dt: Mapped[Optional[DateTime]] = mapped_column(Enum(DateTime, values_callable=lambda cls: [member.value for member in cls], name='date_time'))
    created: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
    d: Mapped[Optional[Digits]] = mapped_column(Enum(Digits, values_callable=lambda cls: [member.value for member in cls], name='digits'))

    role_: Mapped[Optional['Role']] = relationship('Role', back_populates='account')
