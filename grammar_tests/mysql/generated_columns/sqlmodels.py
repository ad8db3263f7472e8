from typing import Optional
import decimal

from sqlalchemy import Column, Computed, DECIMAL, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class People(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    first_name: str = Field(sa_column=Column('first_name', String(50), nullable=False))
    last_name: str = Field(sa_column=Column('last_name', String(50), nullable=False))
    full_name: Optional[str] = Field(default=None, sa_column=Column('full_name', String(101), Computed("(concat(`first_name`,' ',`last_name`))", persisted=False)))
    height_cm: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('height_cm', DECIMAL(5, 1)))
    height_in: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('height_in', DECIMAL(6, 2), Computed('(`height_cm` / 2.54)', persisted=True)))
    name_length: Optional[int] = Field(default=None, sa_column=Column('name_length', INTEGER(11), Computed('(char_length(`first_name`))', persisted=True)))
