from typing import Optional

from sqlalchemy import BigInteger, Column, Integer, Text
from sqlmodel import Field, SQLModel

class BigIds(SQLModel, table=True):
    __tablename__ = 'big_ids'

    id: Optional[int] = Field(default=None, sa_column=Column('id', BigInteger, primary_key=True))
    title: Optional[str] = Field(default=None, sa_column=Column('title', Text))


class Codes(SQLModel, table=True):
    label: str = Field(sa_column=Column('label', Text, nullable=False))
    code: Optional[str] = Field(default=None, sa_column=Column('code', Text, primary_key=True))


class Plain(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    title: Optional[str] = Field(default=None, sa_column=Column('title', Text))


class TableLevelPk(SQLModel, table=True):
    __tablename__ = 'table_level_pk'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))


class Tickets(SQLModel, table=True):
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
