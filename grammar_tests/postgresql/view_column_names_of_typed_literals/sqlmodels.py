from typing import Optional

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, SQLModel

class Customer(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='customer_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    city: Optional[str] = Field(default=None, sa_column=Column('city', Text))
