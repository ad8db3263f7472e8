from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint
from sqlmodel import Field, Relationship, SQLModel

class Account(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['owner_id'], ['postgres.account.id'], name='account_owner_id_fkey'),
        PrimaryKeyConstraint('id', name='account_pkey'),
        Index('account_owner_idx', 'owner_id'),
        {'schema': 'postgres'}
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    owner_id: Optional[int] = Field(default=None, sa_column=Column('owner_id', Integer))

    owner: Optional['Account'] = Relationship(back_populates='owner_reverse', sa_relationship_kwargs={'remote_side': '[Account.id]'})
    owner_reverse: list['Account'] = Relationship(back_populates='owner', sa_relationship_kwargs={'remote_side': '[Account.owner_id]'})
