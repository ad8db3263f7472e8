from typing import Optional
import decimal

from sqlalchemy import CheckConstraint, ForeignKey, Integer, Numeric, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Accounts(Base):
    __tablename__ = 'accounts'

    email: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    transfers_from_account: Mapped[list['Transfers']] = relationship('Transfers', foreign_keys='[Transfers.from_account_id]', back_populates='from_account')
    transfers_to_account: Mapped[list['Transfers']] = relationship('Transfers', foreign_keys='[Transfers.to_account_id]', back_populates='to_account')


class Transfers(Base):
    __tablename__ = 'transfers'
    __table_args__ = (
        CheckConstraint('amount > 0'),
    )

    from_account_id: Mapped[int] = mapped_column(ForeignKey('accounts.id'), nullable=False)
    to_account_id: Mapped[int] = mapped_column(ForeignKey('accounts.id'), nullable=False)
    amount: Mapped[decimal.Decimal] = mapped_column(Numeric(12, 2), nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    from_account: Mapped['Accounts'] = relationship('Accounts', foreign_keys=[from_account_id], back_populates='transfers_from_account')
    to_account: Mapped['Accounts'] = relationship('Accounts', foreign_keys=[to_account_id], back_populates='transfers_to_account')
