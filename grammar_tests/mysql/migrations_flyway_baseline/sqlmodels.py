from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Organisations(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(80), nullable=False))

    users: list['Users'] = Relationship(back_populates='organisation')


class Users(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name='users_ibfk_1'),
        Index('users_tenant_email_uq', 'organisation_id', 'email', unique=True)
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    organisation_id: int = Field(sa_column=Column('organisation_id', INTEGER(11), nullable=False))
    email: str = Field(sa_column=Column('email', String(190), nullable=False))
    display_name: Optional[str] = Field(default=None, sa_column=Column('display_name', String(120)))

    organisation: 'Organisations' = Relationship(back_populates='users')
