from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = 'account'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='account_pkey'),
        UniqueConstraint('email', name='account_email_key'),
        UniqueConstraint('handle', name='account_handle_key')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(Text, nullable=False)
    handle: Mapped[Optional[str]] = mapped_column(Text)
    region: Mapped[Optional[str]] = mapped_column(Text)

    session: Mapped[list['Session']] = relationship('Session', back_populates='account')


class Session(Base):
    __tablename__ = 'session'
    __table_args__ = (
        ForeignKeyConstraint(['account_id'], ['account.id'], name='session_account_id_fkey'),
        PrimaryKeyConstraint('token', name='session_pkey'),
        UniqueConstraint('account_id', 'token', name='session_account_key')
    )

    token: Mapped[str] = mapped_column(Text, primary_key=True)
    account_id: Mapped[int] = mapped_column(Integer, nullable=False)

    account: Mapped['Account'] = relationship('Account', back_populates='session')
