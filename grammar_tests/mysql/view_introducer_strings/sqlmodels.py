from typing import Optional

from sqlalchemy import Column, LargeBinary, String, VARBINARY, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlmodel import Field, SQLModel

class Person(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    first_name: str = Field(sa_column=Column('first_name', String(45), nullable=False))
    last_name: str = Field(sa_column=Column('last_name', String(30), nullable=False))
    active: int = Field(sa_column=Column('active', TINYINT(1), nullable=False, server_default=text('1')))
    token: Optional[bytes] = Field(default=None, sa_column=Column('token', VARBINARY(16)))
    photo: Optional[bytes] = Field(default=None, sa_column=Column('photo', LargeBinary))
