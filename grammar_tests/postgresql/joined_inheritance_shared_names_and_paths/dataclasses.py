import datetime

from sqlalchemy import DateTime, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Community(Base):
    __tablename__ = 'community'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='community_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)

    post: Mapped[list['Post']] = relationship('Post', back_populates='community')
    post_aggregates: Mapped[list['PostAggregates']] = relationship('PostAggregates', back_populates='community')


class Post(Base):
    __tablename__ = 'post'
    __table_args__ = (
        ForeignKeyConstraint(['community_id'], ['community.id'], name='post_community_id_fkey'),
        PrimaryKeyConstraint('id', name='post_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    community_id: Mapped[int] = mapped_column(Integer, nullable=False)
    published: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('now()'))

    community: Mapped['Community'] = relationship('Community', back_populates='post')


class PostAggregates(Post):
    __tablename__ = 'post_aggregates'
    __table_args__ = (
        ForeignKeyConstraint(['community_id'], ['community.id'], name='post_aggregates_community_id_fkey'),
        ForeignKeyConstraint(['post_id'], ['post.id'], name='post_aggregates_post_id_fkey'),
        PrimaryKeyConstraint('post_id', name='post_aggregates_pkey')
    )

    post_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(Integer, nullable=False)
    published: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False)
    score: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('0'))

    community: Mapped['Community'] = relationship('Community', back_populates='post_aggregates')
