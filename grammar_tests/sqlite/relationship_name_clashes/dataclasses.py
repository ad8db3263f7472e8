from typing import Optional

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'

    name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    documents_owner: Mapped[list['Documents']] = relationship('Documents', foreign_keys='[Documents.owner]', back_populates='users')
    documents_reviewer: Mapped[list['Documents']] = relationship('Documents', foreign_keys='[Documents.reviewer_id]', back_populates='reviewer_')
    documents_user: Mapped[list['Documents']] = relationship('Documents', foreign_keys='[Documents.user_id]', back_populates='user_')


class Documents(Base):
    __tablename__ = 'documents'

    owner: Mapped[int] = mapped_column(ForeignKey('users.id'), nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey('users.id'))
    user: Mapped[Optional[str]] = mapped_column(Text)
    reviewer_id: Mapped[Optional[int]] = mapped_column(ForeignKey('users.id'))
    reviewer: Mapped[Optional[str]] = mapped_column(Text)
    metadata_: Mapped[Optional[str]] = mapped_column('metadata', Text)

    users: Mapped['Users'] = relationship('Users', foreign_keys=[owner], back_populates='documents_owner')
    reviewer_: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[reviewer_id], back_populates='documents_reviewer')
    user_: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[user_id], back_populates='documents_user')
