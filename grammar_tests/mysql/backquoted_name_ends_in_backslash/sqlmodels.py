from typing import Optional

from sqlalchemy import Column
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Dir(SQLModel, table=True):
    __tablename__ = 'dir\\'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))


class Next(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    x_: Optional[int] = Field(default=None, sa_column=Column('x\\', INTEGER(11)))
