from typing import Optional

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, ForeignKeyConstraint, Index, Integer, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class People(Base):
    __tablename__ = 'people'
    __table_args__ = (
        CheckConstraint('length("mail2") > 0 AND "mail2" <> \'email\'', name='ck_email'),
        Index('ix', 'mail2', sqlite_where="mail2" IS NOT NULL)
    )

    mail2: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    body: Mapped[Optional[str]] = mapped_column(Text, server_default=text("'text'"))
    handle: Mapped[Optional[str]] = mapped_column(String(20))

    posts_e: Mapped[list['Posts']] = relationship('Posts', foreign_keys='[Posts.e]', back_populates='people')
    posts_user: Mapped[list['Posts']] = relationship('Posts', foreign_keys='[Posts.user_id]', back_populates='user')


class Posts(Base):
    __tablename__ = 'posts'

    published: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('0'))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey('people.id'))
    e: Mapped[Optional[str]] = mapped_column(ForeignKey('people.mail2', ondelete='CASCADE'))

    people: Mapped[Optional['People']] = relationship('People', foreign_keys=[e], back_populates='posts_e')
    user: Mapped[Optional['People']] = relationship('People', foreign_keys=[user_id], back_populates='posts_user')
    Tag_List: Mapped[list['TagList']] = relationship('TagList', back_populates='post')


class TagList(Base):
    __tablename__ = 'Tag List'
    __table_args__ = (
        CheckConstraint("name <> ''"),
        CheckConstraint("slug <> ''"),
        ForeignKeyConstraint(['post_id'], ['posts.id'], name='fk_post')
    )

    name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[Optional[int]] = mapped_column(Integer)
    slug: Mapped[Optional[str]] = mapped_column(Text)

    post: Mapped[Optional['Posts']] = relationship('Posts', back_populates='Tag_List')
