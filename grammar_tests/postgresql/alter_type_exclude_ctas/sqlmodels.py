from typing import Optional
import enum

from sqlalchemy import BigInteger, CheckConstraint, Column, Enum, Identity, Index, Integer, PrimaryKeyConstraint, Table, text
from sqlalchemy.dialects.postgresql import TSRANGE
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, SQLModel

class Mood(str, enum.Enum):
    SAD = 'sad'
    MEH = 'meh'
    OK = 'ok'
    HAPPY = 'happy'


class PostStatus(str, enum.Enum):
    DRAFT = 'draft'
    ARCHIVED = 'archived'
    PUBLISHED = 'published'


t_cta = Table(
    'cta', SQLModel.metadata,
    Column('id', Integer),
    Column('m', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'))
)


class Ex(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='ex_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a: Optional[int] = Field(default=None, sa_column=Column('a', Integer))
    b: Optional[int] = Field(default=None, sa_column=Column('b', Integer))


class Nv(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('q > 0', name='q_pos'),
        PrimaryKeyConstraint('id', name='nv_pkey'),
        Index('nv_q', 'q')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    q: Optional[int] = Field(default=None, sa_column=Column('q', BigInteger))


class Post(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='post_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    s: PostStatus = Field(sa_column=Column('s', Enum(PostStatus, values_callable=lambda cls: [member.value for member in cls], name='post_status'), nullable=False, server_default=text("'draft'::post_status")))


class R(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='r_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, Identity(always=True, start=10, increment=5, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), primary_key=True, autoincrement=True))
    room: Optional[int] = Field(default=None, sa_column=Column('room', Integer))
    during: Optional[object] = Field(default=None, sa_column=Column('during', TSRANGE))


t_summary = Table(
    'summary', SQLModel.metadata,
    Column('n', BigInteger),
    Column('total', BigInteger)
)


class U(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='u_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    m: Optional[Mood] = Field(default=None, sa_column=Column('m', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood')))


class Usesp(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='usesp_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    p: Optional[object] = Field(default=None, sa_column=Column('p', NullType))
