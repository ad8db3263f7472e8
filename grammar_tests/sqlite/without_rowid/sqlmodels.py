from typing import Optional

from sqlalchemy import Column, Integer, LargeBinary, Text
from sqlmodel import Field, SQLModel

class Kv(SQLModel, table=True):
    key: str = Field(sa_column=Column('key', Text, primary_key=True))
    value: Optional[bytes] = Field(default=None, sa_column=Column('value', LargeBinary))


class S(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    v: Optional[str] = Field(default=None, sa_column=Column('v', Text))
