from typing import Optional

from sqlalchemy import Column, Integer, REAL, Text
from sqlmodel import Field, SQLModel

class Products(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    price: float = Field(sa_column=Column('price', REAL, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
