from typing import Optional
import decimal

from sqlalchemy import Column, DECIMAL, String
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlmodel import Field, SQLModel

class OldRacks(SQLModel, table=True):
    __tablename__ = 'old_racks'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    height: Optional[int] = Field(default=None, sa_column=Column('height', INTEGER(11)))


class Racks(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', BIGINT(20), primary_key=True))
    height: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('height', DECIMAL(5, 1)))


class Shelves(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    shelf_code: Optional[str] = Field(default=None, sa_column=Column('shelf_code', String(10)))
