import decimal

from sqlalchemy import CheckConstraint, DECIMAL, ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Accounts(Base):
    __tablename__ = 'accounts'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    email: Mapped[str] = mapped_column(String(100), nullable=False)

    transfers_from_account: Mapped[list['Transfers']] = relationship('Transfers', foreign_keys='[Transfers.from_account_id]', back_populates='from_account')
    transfers_to_account: Mapped[list['Transfers']] = relationship('Transfers', foreign_keys='[Transfers.to_account_id]', back_populates='to_account')


class Transfers(Base):
    __tablename__ = 'transfers'
    __table_args__ = (
        CheckConstraint('`amount` > 0', name='CONSTRAINT_1'),
        ForeignKeyConstraint(['from_account_id'], ['accounts.id'], name='transfers_ibfk_1'),
        ForeignKeyConstraint(['to_account_id'], ['accounts.id'], name='transfers_ibfk_2'),
        Index('from_account_id', 'from_account_id'),
        Index('to_account_id', 'to_account_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    from_account_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    to_account_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    amount: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False)

    from_account: Mapped['Accounts'] = relationship('Accounts', foreign_keys=[from_account_id], back_populates='transfers_from_account')
    to_account: Mapped['Accounts'] = relationship('Accounts', foreign_keys=[to_account_id], back_populates='transfers_to_account')
