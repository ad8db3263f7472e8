from typing import Optional
import datetime

from sqlalchemy import CHAR, Column, DateTime, ForeignKeyConstraint, String, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlmodel import Field, SQLModel

class Account(SQLModel, table=True):
    uuid: str = Field(sa_column=Column('uuid', CHAR(36), primary_key=True))
    email: str = Field(sa_column=Column('email', String(100), nullable=False))
    created_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created_at', DateTime))


class Audit(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    one_fk: int = Field(sa_column=Column('one_fk', TINYINT(1), nullable=False, server_default=text('1')))
    note: Optional[str] = Field(default=None, sa_column=Column('note', String(20)))
    from_literal: Optional[int] = Field(default=None, sa_column=Column('from_literal', INTEGER(11)))


class Login(Account, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['account_uuid'], ['account.uuid'], ondelete='CASCADE', onupdate='CASCADE', name='login_ibfk_1'),
    )

    account_uuid: str = Field(sa_column=Column('account_uuid', CHAR(36), primary_key=True))
    provider: str = Field(sa_column=Column('provider', String(50), nullable=False, index=True))
