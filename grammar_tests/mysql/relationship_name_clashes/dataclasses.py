from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)

    documents_owner: Mapped[list['Documents']] = relationship('Documents', foreign_keys='[Documents.owner]', back_populates='users')
    documents_reviewer: Mapped[list['Documents']] = relationship('Documents', foreign_keys='[Documents.reviewer_id]', back_populates='reviewer_')
    documents_user: Mapped[list['Documents']] = relationship('Documents', foreign_keys='[Documents.user_id]', back_populates='user_')


class Documents(Base):
    __tablename__ = 'documents'
    __table_args__ = (
        ForeignKeyConstraint(['owner'], ['users.id'], name='documents_ibfk_1'),
        ForeignKeyConstraint(['reviewer_id'], ['users.id'], name='documents_ibfk_3'),
        ForeignKeyConstraint(['user_id'], ['users.id'], name='documents_ibfk_2'),
        Index('owner', 'owner'),
        Index('reviewer_id', 'reviewer_id'),
        Index('user_id', 'user_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    owner: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    user_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    user: Mapped[Optional[str]] = mapped_column(String(50))
    reviewer_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    reviewer: Mapped[Optional[str]] = mapped_column(String(50))

    users: Mapped['Users'] = relationship('Users', foreign_keys=[owner], back_populates='documents_owner')
    reviewer_: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[reviewer_id], back_populates='documents_reviewer')
    user_: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[user_id], back_populates='documents_user')
