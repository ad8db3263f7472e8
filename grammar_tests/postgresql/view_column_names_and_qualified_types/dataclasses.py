from typing import Optional

from sqlalchemy import BigInteger, Boolean, Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, SmallInteger, String, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Person(Base):
    __tablename__ = 'person'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='person_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(20), nullable=False)
    score: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default=text('0'))
    avatar: Mapped[Optional[str]] = mapped_column(Text)

    vote: Mapped[list['Vote']] = relationship('Vote', back_populates='person')


t_vote_view = Table(
    'vote_view', Base.metadata,
    Column('id', Integer),
    Column('name', String(20)),
    Column('pic', Text),
    Column('count', BigInteger),
    Column('my_vote', Integer),
    Column('person_score', BigInteger),
    Column('exists', Boolean),
    Column('case', Text),
    Column('array', ARRAY(Integer())),
    Column('int4', Integer),
    Column('score', BigInteger),
    Column('?column?', Integer)
)


class Vote(Base):
    __tablename__ = 'vote'
    __table_args__ = (
        ForeignKeyConstraint(['person_id'], ['person.id'], name='vote_person_id_fkey'),
        PrimaryKeyConstraint('id', name='vote_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    score: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    person_id: Mapped[Optional[int]] = mapped_column(Integer)
    post_id: Mapped[Optional[int]] = mapped_column(Integer)

    person: Mapped[Optional['Person']] = relationship('Person', back_populates='vote')
