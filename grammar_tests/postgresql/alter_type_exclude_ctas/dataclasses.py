from typing import Optional
import enum

from sqlalchemy import BigInteger, CheckConstraint, Column, Enum, Identity, Index, Integer, PrimaryKeyConstraint, Table, text
from sqlalchemy.dialects.postgresql import TSRANGE
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


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
    'cta', Base.metadata,
    Column('id', Integer),
    Column('m', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'))
)


class Ex(Base):
    __tablename__ = 'ex'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='ex_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[int]] = mapped_column(Integer)
    b: Mapped[Optional[int]] = mapped_column(Integer)


class Nv(Base):
    __tablename__ = 'nv'
    __table_args__ = (
        CheckConstraint('q > 0', name='q_pos'),
        PrimaryKeyConstraint('id', name='nv_pkey'),
        Index('nv_q', 'q')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    q: Mapped[Optional[int]] = mapped_column(BigInteger)


class Post(Base):
    __tablename__ = 'post'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='post_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    s: Mapped[PostStatus] = mapped_column(Enum(PostStatus, values_callable=lambda cls: [member.value for member in cls], name='post_status'), nullable=False, server_default=text("'draft'::post_status"))


class R(Base):
    __tablename__ = 'r'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='r_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, Identity(always=True, start=10, increment=5, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), primary_key=True, autoincrement=True)
    room: Mapped[Optional[int]] = mapped_column(Integer)
    during: Mapped[Optional[object]] = mapped_column(TSRANGE)


t_summary = Table(
    'summary', Base.metadata,
    Column('n', BigInteger),
    Column('total', BigInteger)
)


class U(Base):
    __tablename__ = 'u'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='u_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    m: Mapped[Optional[Mood]] = mapped_column(Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'))


class Usesp(Base):
    __tablename__ = 'usesp'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='usesp_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    p: Mapped[Optional[object]] = mapped_column(NullType)
