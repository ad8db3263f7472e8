from typing import Optional

from sqlalchemy import Column, ForeignKey, ForeignKeyConstraint, Integer
from sqlmodel import Field, Relationship, SQLModel

class Media(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    person_avatar: list['Person'] = Relationship(back_populates='avatar', sa_relationship_kwargs={'foreign_keys': '[Person.avatar_id]'})
    person_cover: list['Person'] = Relationship(back_populates='cover', sa_relationship_kwargs={'foreign_keys': '[Person.cover_id]'})
    twice: list['Twice'] = Relationship(back_populates='media')


class Person(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['cover_id'], ['media.id'], onupdate='CASCADE', name='fk_cover_first'),
    )

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    avatar_id: Optional[int] = Field(default=None, sa_column=Column('avatar_id', ForeignKey('media.id', ondelete='SET NULL')))
    cover_id: Optional[int] = Field(default=None, sa_column=Column('cover_id', Integer))

    avatar: Optional['Media'] = Relationship(back_populates='person_avatar', sa_relationship_kwargs={'foreign_keys': '[Person.avatar_id]'})
    cover: Optional['Media'] = Relationship(back_populates='person_cover', sa_relationship_kwargs={'foreign_keys': '[Person.cover_id]'})


class Twice(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    media_id: Optional[int] = Field(default=None, sa_column=Column('media_id', ForeignKey('media.id')))

    media: Optional['Media'] = Relationship(back_populates='twice')
