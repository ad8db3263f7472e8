from typing import Optional

from sqlalchemy import Column
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Item(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    qty: Optional[int] = Field(default=None, sa_column=Column('qty', INTEGER(11)))
