import decimal

from sqlalchemy import CheckConstraint, Column, DECIMAL, ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Accounts(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    email: str = Field(sa_column=Column('email', String(100), nullable=False))

    transfers_from_account: list['Transfers'] = Relationship(back_populates='from_account', sa_relationship_kwargs={'foreign_keys': '[Transfers.from_account_id]'})
    transfers_to_account: list['Transfers'] = Relationship(back_populates='to_account', sa_relationship_kwargs={'foreign_keys': '[Transfers.to_account_id]'})


class Transfers(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('`amount` > 0', name='CONSTRAINT_1'),
        ForeignKeyConstraint(['from_account_id'], ['accounts.id'], name='transfers_ibfk_1'),
        ForeignKeyConstraint(['to_account_id'], ['accounts.id'], name='transfers_ibfk_2'),
        Index('from_account_id', 'from_account_id'),
        Index('to_account_id', 'to_account_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    from_account_id: int = Field(sa_column=Column('from_account_id', INTEGER(11), nullable=False))
    to_account_id: int = Field(sa_column=Column('to_account_id', INTEGER(11), nullable=False))
    amount: decimal.Decimal = Field(sa_column=Column('amount', DECIMAL(12, 2), nullable=False))

    from_account: 'Accounts' = Relationship(back_populates='transfers_from_account', sa_relationship_kwargs={'foreign_keys': '[Transfers.from_account_id]'})
    to_account: 'Accounts' = Relationship(back_populates='transfers_to_account', sa_relationship_kwargs={'foreign_keys': '[Transfers.to_account_id]'})
