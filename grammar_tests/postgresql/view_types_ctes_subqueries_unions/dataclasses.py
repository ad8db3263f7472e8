from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Column, Date, DateTime, ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, SmallInteger, String, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_numbers = Table(
    'numbers', Base.metadata,
    Column('n', Numeric)
)


class Person(Base):
    __tablename__ = 'person'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='person_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(40), nullable=False)
    born: Mapped[Optional[datetime.date]] = mapped_column(Date)
    score: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(6, 2))

    post: Mapped[list['Post']] = relationship('Post', back_populates='author')


t_post_feed = Table(
    'post_feed', Base.metadata,
    Column('id', Integer),
    Column('author_id', Integer),
    Column('title', Text),
    Column('votes', SmallInteger),
    Column('created', DateTime(True)),
    Column('author_name', String(40)),
    Column('author_posts', BigInteger),
    Column('votes_or_zero', Integer),
    Column('born', Date),
    Column('viewer_id', Integer),
    Column('marker', Text)
)


t_recent = Table(
    'recent', Base.metadata,
    Column('id', Integer),
    Column('n', BigInteger)
)


t_tree = Table(
    'tree', Base.metadata,
    Column('id', Integer),
    Column('depth', Integer)
)


class Post(Base):
    __tablename__ = 'post'
    __table_args__ = (
        ForeignKeyConstraint(['author_id'], ['person.id'], name='post_author_id_fkey'),
        PrimaryKeyConstraint('id', name='post_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    author_id: Mapped[Optional[int]] = mapped_column(Integer)
    votes: Mapped[Optional[int]] = mapped_column(SmallInteger)
    created: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True), server_default=text('now()'))

    author: Mapped[Optional['Person']] = relationship('Person', back_populates='post')
