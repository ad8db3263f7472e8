from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Items(SQLModel, table=True):
    __table_args__ = (
        Index('ux_items_sku', 'sku', unique=True),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(40), nullable=False))
    qty: int = Field(sa_column=Column('qty', INTEGER(11), nullable=False, server_default=text('0')))
    sku: Optional[str] = Field(default=None, sa_column=Column('sku', String(20)))


class Stock(Items, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['item_id'], ['items.id'], name='fk_stock_item'),
    )

    item_id: int = Field(sa_column=Column('item_id', INTEGER(11), primary_key=True))
    amount: int = Field(sa_column=Column('amount', INTEGER(11), nullable=False, server_default=text('0')))
