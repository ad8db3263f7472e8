import decimal

from sqlalchemy import CheckConstraint, Column, ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, Text
from sqlmodel import Field, Relationship, SQLModel

class Accounts(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='accounts_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    email: str = Field(sa_column=Column('email', Text, nullable=False))

    transfers_from_account: list['Transfers'] = Relationship(back_populates='from_account', sa_relationship_kwargs={'foreign_keys': '[Transfers.from_account_id]'})
    transfers_to_account: list['Transfers'] = Relationship(back_populates='to_account', sa_relationship_kwargs={'foreign_keys': '[Transfers.to_account_id]'})


class Transfers(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('amount > 0::numeric', name='transfers_amount_check'),
        ForeignKeyConstraint(['from_account_id'], ['accounts.id'], name='transfers_from_account_id_fkey'),
        ForeignKeyConstraint(['to_account_id'], ['accounts.id'], name='transfers_to_account_id_fkey'),
        PrimaryKeyConstraint('id', name='transfers_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    from_account_id: int = Field(sa_column=Column('from_account_id', Integer, nullable=False))
    to_account_id: int = Field(sa_column=Column('to_account_id', Integer, nullable=False))
    amount: decimal.Decimal = Field(sa_column=Column('amount', Numeric(12, 2), nullable=False))

    from_account: 'Accounts' = Relationship(back_populates='transfers_from_account', sa_relationship_kwargs={'foreign_keys': '[Transfers.from_account_id]'})
    to_account: 'Accounts' = Relationship(back_populates='transfers_to_account', sa_relationship_kwargs={'foreign_keys': '[Transfers.to_account_id]'})
