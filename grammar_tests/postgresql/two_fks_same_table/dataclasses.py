import decimal

from sqlalchemy import CheckConstraint, ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Accounts(Base):
    __tablename__ = 'accounts'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='accounts_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(Text, nullable=False)

    transfers_from_account: Mapped[list['Transfers']] = relationship('Transfers', foreign_keys='[Transfers.from_account_id]', back_populates='from_account')
    transfers_to_account: Mapped[list['Transfers']] = relationship('Transfers', foreign_keys='[Transfers.to_account_id]', back_populates='to_account')


class Transfers(Base):
    __tablename__ = 'transfers'
    __table_args__ = (
        CheckConstraint('amount > 0::numeric', name='transfers_amount_check'),
        ForeignKeyConstraint(['from_account_id'], ['accounts.id'], name='transfers_from_account_id_fkey'),
        ForeignKeyConstraint(['to_account_id'], ['accounts.id'], name='transfers_to_account_id_fkey'),
        PrimaryKeyConstraint('id', name='transfers_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    from_account_id: Mapped[int] = mapped_column(Integer, nullable=False)
    to_account_id: Mapped[int] = mapped_column(Integer, nullable=False)
    amount: Mapped[decimal.Decimal] = mapped_column(Numeric(12, 2), nullable=False)

    from_account: Mapped['Accounts'] = relationship('Accounts', foreign_keys=[from_account_id], back_populates='transfers_from_account')
    to_account: Mapped['Accounts'] = relationship('Accounts', foreign_keys=[to_account_id], back_populates='transfers_to_account')
