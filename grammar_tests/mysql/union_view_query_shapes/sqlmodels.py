from typing import Optional
import datetime

from sqlalchemy import Column, Date, DateTime, String, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, MEDIUMTEXT, SMALLINT, TINYINT
from sqlmodel import Field, SQLModel

class Person(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    name: str = Field(sa_column=Column('name', String(30), nullable=False))
    seen: datetime.datetime = Field(sa_column=Column('seen', DateTime, nullable=False))
    kind: int = Field(sa_column=Column('kind', TINYINT(4), nullable=False))
    info: Optional[str] = Field(default=None, sa_column=Column('info', Text))


t_snapshot = Table(
    'snapshot', SQLModel.metadata,
    Column('id', BIGINT(20), nullable=False, server_default=text('0')),
    Column('name', String(80), nullable=False, server_default=text("''")),
    Column('info', MEDIUMTEXT),
    Column('kind', SMALLINT(6), nullable=False, server_default=text('0'))
)


class Team(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', BIGINT(20), primary_key=True))
    title: str = Field(sa_column=Column('title', String(80), nullable=False))
    seen: datetime.date = Field(sa_column=Column('seen', Date, nullable=False))
    kind: int = Field(sa_column=Column('kind', SMALLINT(6), nullable=False))
    info: Optional[str] = Field(default=None, sa_column=Column('info', Text))
