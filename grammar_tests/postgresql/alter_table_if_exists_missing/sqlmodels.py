from typing import Optional
import datetime

from sqlalchemy import BigInteger, Column, DateTime, PrimaryKeyConstraint, Text
from sqlmodel import Field, SQLModel

class Orders(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='orders_pkey'),
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))
    placed_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('placed_at', DateTime))
