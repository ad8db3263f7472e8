from typing import Optional

from sqlalchemy import Column, Integer, Text, text
from sqlmodel import Field, SQLModel

class Items(SQLModel, table=True):
    sku: str = Field(sa_column=Column('sku', Text, nullable=False))
    qty: int = Field(sa_column=Column('qty', Integer, nullable=False, server_default=text('0')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
