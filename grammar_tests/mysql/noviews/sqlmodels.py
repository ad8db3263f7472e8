import datetime
import decimal

from sqlalchemy import Column, DECIMAL, DateTime, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Orders(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    total: decimal.Decimal = Field(sa_column=Column('total', DECIMAL(10, 2), nullable=False, server_default=text('0.00')))
    placed_at: datetime.datetime = Field(sa_column=Column('placed_at', DateTime, nullable=False, server_default=text('current_timestamp()')))
