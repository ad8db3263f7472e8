from typing import Optional

from sqlalchemy import Index, Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'

    email: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    age: Mapped[Optional[int]] = mapped_column(Integer)

    posts: Mapped[list['Posts']] = relationship('Posts', back_populates='user')


class Posts(Base):
    __tablename__ = 'posts'
    __table_args__ = (
        Index('ix_posts_title', 'title'),
    )

    user_id: Mapped[int] = mapped_column(ForeignKey('users.id'), nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    user: Mapped['Users'] = relationship('Users', back_populates='posts')
