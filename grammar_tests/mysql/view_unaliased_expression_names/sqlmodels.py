from typing import Optional

from sqlalchemy import Column, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Item(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    price: int = Field(sa_column=Column('price', INTEGER(11), nullable=False))
    label: Optional[str] = Field(default=None, sa_column=Column('label', String(20)))
