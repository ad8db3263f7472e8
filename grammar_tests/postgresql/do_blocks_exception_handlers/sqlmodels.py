from typing import Optional
import enum

from sqlalchemy import Column, Enum, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint
from sqlmodel import Field, Relationship, SQLModel

class Tier(str, enum.Enum):
    FREE = 'free'
    PAID = 'paid'


class Account(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='account_pkey'),
        Index('account_level_idx', 'level')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    level: Optional[int] = Field(default=None, sa_column=Column('level', Integer))
    plan: Optional[Tier] = Field(default=None, sa_column=Column('plan', Enum(Tier, values_callable=lambda cls: [member.value for member in cls], name='tier')))

    membership: list['Membership'] = Relationship(back_populates='account')


class Membership(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['account_id'], ['account.id'], name='membership_account_fk'),
        PrimaryKeyConstraint('id', name='membership_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    account_id: Optional[int] = Field(default=None, sa_column=Column('account_id', Integer))

    account: Optional['Account'] = Relationship(back_populates='membership')
