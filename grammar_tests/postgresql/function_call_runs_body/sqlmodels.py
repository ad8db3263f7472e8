from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, String, Text
from sqlmodel import Field, Relationship, SQLModel

class Accounts(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='accounts_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    owner: Optional[str] = Field(default=None, sa_column=Column('owner', Text))
    label: Optional[str] = Field(default=None, sa_column=Column('label', String(20)))

    ledger: list['Ledger'] = Relationship(back_populates='account')


class Ledger(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['account_id'], ['accounts.id'], name='ledger_account_id_fkey'),
        PrimaryKeyConstraint('id', name='ledger_pkey'),
        Index('ledger_account', 'account_id')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    account_id: Optional[int] = Field(default=None, sa_column=Column('account_id', Integer))

    account: Optional['Accounts'] = Relationship(back_populates='ledger')
