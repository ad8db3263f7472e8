from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = 'account'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='account_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    login: Mapped[str] = mapped_column(Text, nullable=False)
    mail: Mapped[str] = mapped_column(Text, nullable=False)

    note: Mapped[list['Note']] = relationship('Note', back_populates='account')


t_account_logins = Table(
    'account_logins', Base.metadata,
    Column('login', Text)
)


t_account_notes = Table(
    'account_notes', Base.metadata,
    Column('login', Text),
    Column('body', Text)
)


class Note(Base):
    __tablename__ = 'note'
    __table_args__ = (
        ForeignKeyConstraint(['account_id'], ['account.id'], name='note_account_id_fkey'),
        PrimaryKeyConstraint('id', name='note_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[Optional[int]] = mapped_column(Integer)
    body: Mapped[Optional[str]] = mapped_column(Text)

    account: Mapped[Optional['Account']] = relationship('Account', back_populates='note')
