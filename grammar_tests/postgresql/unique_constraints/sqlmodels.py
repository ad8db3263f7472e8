from typing import Optional

from sqlalchemy import Column, Index, Integer, PrimaryKeyConstraint, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

class Accounts(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='accounts_pkey'),
        UniqueConstraint('email', name='accounts_email_key'),
        UniqueConstraint('external_ref', name='accounts_external_ref_key'),
        UniqueConstraint('tenant_id', 'handle', name='accounts_tenant_id_handle_key'),
        UniqueConstraint('tenant_id', 'username', name='accounts_tenant_username_uq'),
        Index('accounts_handle_idx', 'handle', unique=True),
        Index('accounts_lower_email_idx', unique=True)
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    email: str = Field(sa_column=Column('email', Text, nullable=False))
    username: str = Field(sa_column=Column('username', Text, nullable=False))
    tenant_id: int = Field(sa_column=Column('tenant_id', Integer, nullable=False))
    external_ref: Optional[str] = Field(default=None, sa_column=Column('external_ref', Text))
    handle: Optional[str] = Field(default=None, sa_column=Column('handle', Text))
