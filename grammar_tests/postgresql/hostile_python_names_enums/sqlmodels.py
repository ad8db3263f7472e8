from typing import Optional
import datetime
import enum
import uuid

from sqlalchemy import Column, DateTime, Enum, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text, Uuid
from sqlmodel import Field, Relationship, SQLModel

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


class Later(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='later_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    r: Optional[Role] = Field(default=None, sa_column=Column('r', Enum(Role, values_callable=lambda cls: [member.value for member in cls], name='ROLE')))


class Role(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='role_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    kind: Optional[Role] = Field(default=None, sa_column=Column('kind', Enum(Role, values_callable=lambda cls: [member.value for member in cls], name='ROLE')))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))

    account: list['Account'] = Relationship(back_populates='role_')


class Account(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['role_id'], ['role.id'], name='account_role_id_fkey'),
        PrimaryKeyConstraint('id', name='account_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    role: Role = Field(sa_column=Column('role', Enum(Role, values_callable=lambda cls: [member.value for member in cls], name='ROLE'), nullable=False))
    role_id: Optional[int] = Field(default=None, sa_column=Column('role_id', Integer))
    uuid: Optional[uuid.UUID] = Field(default=None, sa_column=Column('uuid', Uuid))
    int: Optional[int] = Field(default=None, sa_column=Column('int', Integer))
    e: Optional[Enum] = Field(default=None, sa_column=Column('e', Enum(Enum, values_callable=lambda cls: [member.value for member in cls], name='enum')))
    dt: Optional[DateTime] = Field(default=None, sa_column=Column('dt', Enum(DateTime, values_callable=lambda cls: [member.value for member in cls], name='date_time')))
    created: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created', DateTime))
    d: Optional[Digits] = Field(default=None, sa_column=Column('d', Enum(Digits, values_callable=lambda cls: [member.value for member in cls], name='digits')))

    role_: Optional['Role'] = Relationship(back_populates='account')
