from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Accounts(Base):
    __tablename__ = 'accounts'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='accounts_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[Optional[str]] = mapped_column(Text)
    label: Mapped[Optional[str]] = mapped_column(String(20))

    ledger: Mapped[list['Ledger']] = relationship('Ledger', back_populates='account')


class Ledger(Base):
    __tablename__ = 'ledger'
    __table_args__ = (
        ForeignKeyConstraint(['account_id'], ['accounts.id'], name='ledger_account_id_fkey'),
        PrimaryKeyConstraint('id', name='ledger_pkey'),
        Index('ledger_account', 'account_id')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[Optional[int]] = mapped_column(Integer)

    account: Mapped[Optional['Accounts']] = relationship('Accounts', back_populates='ledger')
