from typing import Optional

from sqlalchemy import BigInteger, Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, SmallInteger, String, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Person(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='person_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(20), nullable=False))
    score: int = Field(sa_column=Column('score', BigInteger, nullable=False, server_default=text('0')))
    avatar: Optional[str] = Field(default=None, sa_column=Column('avatar', Text))

    vote: list['Vote'] = Relationship(back_populates='person')


class Vote(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['person_id'], ['person.id'], name='vote_person_id_fkey'),
        PrimaryKeyConstraint('id', name='vote_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    score: int = Field(sa_column=Column('score', SmallInteger, nullable=False))
    person_id: Optional[int] = Field(default=None, sa_column=Column('person_id', Integer))
    post_id: Optional[int] = Field(default=None, sa_column=Column('post_id', Integer))

    person: Optional['Person'] = Relationship(back_populates='vote')
