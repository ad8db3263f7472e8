from typing import Optional

from sqlalchemy import ForeignKey, Index, Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        Index('by_email', 'email'),
    )

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[Optional[str]] = mapped_column(Text)
    email: Mapped[Optional[str]] = mapped_column(Text)

    articles: Mapped[list['Articles']] = relationship('Articles', back_populates='user')


class Articles(Base):
    __tablename__ = 'articles'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey('users.id'))

    user: Mapped[Optional['Users']] = relationship('Users', back_populates='articles')
