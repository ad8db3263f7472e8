from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text, UniqueConstraint
from sqlmodel import Field, Relationship, SQLModel

class Account(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='account_pkey'),
        UniqueConstraint('email', name='account_email_key'),
        UniqueConstraint('handle', name='account_handle_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    email: str = Field(sa_column=Column('email', Text, nullable=False))
    handle: Optional[str] = Field(default=None, sa_column=Column('handle', Text))
    region: Optional[str] = Field(default=None, sa_column=Column('region', Text))

    session: list['Session'] = Relationship(back_populates='account')


class Session(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['account_id'], ['account.id'], name='session_account_id_fkey'),
        PrimaryKeyConstraint('token', name='session_pkey'),
        UniqueConstraint('account_id', 'token', name='session_account_key')
    )

    token: str = Field(sa_column=Column('token', Text, primary_key=True))
    account_id: int = Field(sa_column=Column('account_id', Integer, nullable=False))

    account: 'Account' = Relationship(back_populates='session')
