from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Index, String, Table, Text, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

class Base(DeclarativeBase):
    pass


class Post(Base):
    __tablename__ = 'post'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)

    tag: Mapped[list['Tag']] = relationship('Tag', secondary='post_tag', back_populates='post')


t_post_titles = Table(
    'post_titles', Base.metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('title', String(200))
)


class Tag(Base):
    __tablename__ = 'tag'
    __table_args__ = (
        Index('name', 'name', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)

    post: Mapped[list['Post']] = relationship('Post', secondary='post_tag', back_populates='tag')


t_audit_log = Table(
    'audit_log', Base.metadata,
    Column('post_id', INTEGER(11)),
    Column('happened', DateTime, nullable=False),
    Column('what', Text),
    ForeignKeyConstraint(['post_id'], ['post.id'], name='audit_log_ibfk_1'),
    Index('happened', 'happened'),
    Index('post_id', 'post_id')
)


t_post_tag = Table(
    'post_tag', Base.metadata,
    Column('post_id', INTEGER(11), primary_key=True),
    Column('tag_id', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(['post_id'], ['post.id'], ondelete='CASCADE', name='post_tag_ibfk_1'),
    ForeignKeyConstraint(['tag_id'], ['tag.id'], name='post_tag_ibfk_2'),
    Index('tag_id', 'tag_id')
)
