from typing import Optional

from sqlalchemy import Boolean, CheckConstraint, Column, ForeignKey, ForeignKeyConstraint, Index, Integer, String, Text, text
from sqlmodel import Field, Relationship, SQLModel

class People(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('length("mail2") > 0 AND "mail2" <> \'email\'', name='ck_email'),
        Index('ix', 'mail2', sqlite_where="mail2" IS NOT NULL)
    )

    mail2: str = Field(sa_column=Column('mail2', Text, nullable=False, unique=True))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text, server_default=text("'text'")))
    handle: Optional[str] = Field(default=None, sa_column=Column('handle', String(20)))

    posts_e: list['Posts'] = Relationship(back_populates='people', sa_relationship_kwargs={'foreign_keys': '[Posts.e]'})
    posts_user: list['Posts'] = Relationship(back_populates='user', sa_relationship_kwargs={'foreign_keys': '[Posts.user_id]'})


class Posts(SQLModel, table=True):
    published: bool = Field(sa_column=Column('published', Boolean, nullable=False, server_default=text('0')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    user_id: Optional[int] = Field(default=None, sa_column=Column('user_id', ForeignKey('people.id')))
    e: Optional[str] = Field(default=None, sa_column=Column('e', ForeignKey('people.mail2', ondelete='CASCADE')))

    people: Optional['People'] = Relationship(back_populates='posts_e', sa_relationship_kwargs={'foreign_keys': '[Posts.e]'})
    user: Optional['People'] = Relationship(back_populates='posts_user', sa_relationship_kwargs={'foreign_keys': '[Posts.user_id]'})
    Tag_List: list['TagList'] = Relationship(back_populates='post')


class TagList(SQLModel, table=True):
    __tablename__ = 'Tag List'
    __table_args__ = (
        CheckConstraint("name <> ''"),
        CheckConstraint("slug <> ''"),
        ForeignKeyConstraint(['post_id'], ['posts.id'], name='fk_post')
    )

    name: str = Field(sa_column=Column('name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    post_id: Optional[int] = Field(default=None, sa_column=Column('post_id', Integer))
    slug: Optional[str] = Field(default=None, sa_column=Column('slug', Text))

    post: Optional['Posts'] = Relationship(back_populates='Tag_List')
