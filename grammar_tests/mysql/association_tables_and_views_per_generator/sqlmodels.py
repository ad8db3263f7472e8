from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Index, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Post(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    title: str = Field(sa_column=Column('title', String(200), nullable=False))

    tag: list['Tag'] = Relationship(back_populates='post', sa_relationship_kwargs={'secondary': 'post_tag'})


class Tag(SQLModel, table=True):
    __table_args__ = (
        Index('name', 'name', unique=True),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(50), nullable=False))

    post: list['Post'] = Relationship(back_populates='tag', sa_relationship_kwargs={'secondary': 'post_tag'})


t_audit_log = Table(
    'audit_log', SQLModel.metadata,
    Column('post_id', INTEGER(11)),
    Column('happened', DateTime, nullable=False),
    Column('what', Text),
    ForeignKeyConstraint(['post_id'], ['post.id'], name='audit_log_ibfk_1'),
    Index('happened', 'happened'),
    Index('post_id', 'post_id')
)


t_post_tag = Table(
    'post_tag', SQLModel.metadata,
    Column('post_id', INTEGER(11), primary_key=True),
    Column('tag_id', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(['post_id'], ['post.id'], ondelete='CASCADE', name='post_tag_ibfk_1'),
    ForeignKeyConstraint(['tag_id'], ['tag.id'], name='post_tag_ibfk_2'),
    Index('tag_id', 'tag_id')
)
