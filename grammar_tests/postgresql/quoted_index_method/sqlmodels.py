from typing import Optional

from sqlalchemy import Column, Index, Integer, PrimaryKeyConstraint, String, Text
from sqlmodel import Field, SQLModel

class Item(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='item_pkey'),
        Index('item_code_gin', postgresql_using='gin'),
        Index('item_code_idx', 'code'),
        Index('item_label_hash', 'label', postgresql_using='hash'),
        Index('item_label_idx', 'label', 'owner_id', unique=True),
        Index('item_owner_hash', 'owner_id', postgresql_using='hash')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    code: str = Field(sa_column=Column('code', String(20), nullable=False))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))
    owner_id: Optional[int] = Field(default=None, sa_column=Column('owner_id', Integer))
