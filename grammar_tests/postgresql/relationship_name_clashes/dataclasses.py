from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[Optional[str]] = mapped_column(Text)

    posts_editor: Mapped[list['Posts']] = relationship('Posts', foreign_keys='[Posts.editor]', back_populates='users')
    posts_editor_: Mapped[list['Posts']] = relationship('Posts', foreign_keys='[Posts.editor_id]', back_populates='editor_')
    posts_user: Mapped[list['Posts']] = relationship('Posts', foreign_keys='[Posts.user_id]', back_populates='user_')


class Posts(Base):
    __tablename__ = 'posts'
    __table_args__ = (
        ForeignKeyConstraint(['editor'], ['users.id'], name='posts_editor_fkey'),
        ForeignKeyConstraint(['editor_id'], ['users.id'], name='posts_editor_id_fkey'),
        ForeignKeyConstraint(['user_id'], ['users.id'], name='posts_user_id_fkey'),
        PrimaryKeyConstraint('id', name='posts_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user: Mapped[Optional[str]] = mapped_column(Text)
    user_id: Mapped[Optional[int]] = mapped_column(Integer)
    editor: Mapped[Optional[int]] = mapped_column(Integer)
    editor_id: Mapped[Optional[int]] = mapped_column(Integer)

    users: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[editor], back_populates='posts_editor')
    editor_: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[editor_id], back_populates='posts_editor_')
    user_: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[user_id], back_populates='posts_user')
