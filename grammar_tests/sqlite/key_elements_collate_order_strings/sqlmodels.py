from typing import Optional

from sqlalchemy import Column, Index, Integer, Text
from sqlmodel import Field, SQLModel

class Account(SQLModel, table=True):
    __table_args__ = (
        Index('account_code_tenant', 'code', 'tenant', unique=True),
        Index('account_display', 'display')
    )

    tenant: int = Field(sa_column=Column('tenant', Integer, primary_key=True))
    login: str = Field(sa_column=Column('login', Text, primary_key=True))
    display: Optional[str] = Field(default=None, sa_column=Column('display', Text))
    code: Optional[str] = Field(default=None, sa_column=Column('code', Text, unique=True))


class Setting(SQLModel, table=True):
    __table_args__ = (
        Index('setting_value', 'value'),
    )

    name: Optional[str] = Field(default=None, sa_column=Column('name', Text, primary_key=True, nullable=True))
    scope: Optional[str] = Field(default=None, sa_column=Column('scope', Text, primary_key=True, nullable=True))
    value: Optional[str] = Field(default=None, sa_column=Column('value', Text))
