from typing import Optional
import decimal

from sqlalchemy import Column, Computed, Integer, Numeric, PrimaryKeyConstraint, Text
from sqlmodel import Field, SQLModel

class People(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='people_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    first_name: str = Field(sa_column=Column('first_name', Text, nullable=False))
    last_name: str = Field(sa_column=Column('last_name', Text, nullable=False))
    full_name: Optional[str] = Field(default=None, sa_column=Column('full_name', Text, Computed("((first_name || ' '::text) || last_name)", persisted=True)))
    height_cm: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('height_cm', Numeric(5, 1)))
    height_in: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('height_in', Numeric, Computed('(height_cm / 2.54)', persisted=True)))
    name_length: Optional[int] = Field(default=None, sa_column=Column('name_length', Integer, Computed('length(first_name)', persisted=True)))
