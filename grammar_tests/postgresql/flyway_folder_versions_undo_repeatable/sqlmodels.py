from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, Relationship, SQLModel

class Account(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='account_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    login: str = Field(sa_column=Column('login', Text, nullable=False))
    mail: str = Field(sa_column=Column('mail', Text, nullable=False))

    note: list['Note'] = Relationship(back_populates='account')


class Note(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['account_id'], ['account.id'], name='note_account_id_fkey'),
        PrimaryKeyConstraint('id', name='note_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    account_id: Optional[int] = Field(default=None, sa_column=Column('account_id', Integer))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))

    account: Optional['Account'] = Relationship(back_populates='note')
