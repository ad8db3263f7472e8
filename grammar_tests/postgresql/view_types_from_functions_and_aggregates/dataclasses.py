from typing import Optional
import datetime
import decimal

from sqlalchemy import Column, Date, DateTime, Double, ForeignKeyConstraint, Integer, JSON, Numeric, PrimaryKeyConstraint, String, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_all_ids = Table(
    'all_ids', Base.metadata,
    Column('id', Integer)
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
    tags: Mapped[Optional[list[str]]] = mapped_column(ARRAY(Text()))

    post: Mapped[list['Post']] = relationship('Post', back_populates='author')


t_person_summary = Table(
    'person_summary', Base.metadata,
    Column('id', Integer),
    Column('titles', Text),
    Column('bodies', Text),
    Column('posts', Numeric),
    Column('rank', Double(53)),
    Column('rank_at', Double(53)),
    Column('by_id', JSONB),
    Column('by_id_json', JSON),
    Column('tag_list', Text),
    Column('joined', Text)
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
    body: Mapped[Optional[str]] = mapped_column(Text)
    created: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True), server_default=text('now()'))

    author: Mapped[Optional['Person']] = relationship('Person', back_populates='post')
