from typing import Optional
import decimal

from sqlalchemy import Column, DECIMAL, String, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Items(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    price: decimal.Decimal = Field(sa_column=Column('price', DECIMAL(12, 4), nullable=False, server_default=text('1.0000')))
    added: Optional[int] = Field(default=None, sa_column=Column('added', INTEGER(11)))
    name: Optional[str] = Field(default=None, sa_column=Column('name', String(100), server_default=text("'y'")))
    code: Optional[str] = Field(default=None, sa_column=Column('code', String(50)))
