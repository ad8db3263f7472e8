from typing import Optional

from sqlalchemy import Column, Index, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class AriaChecked(SQLModel, table=True):
    __tablename__ = 'aria_checked'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', String(20)))


class AriaPlain(SQLModel, table=True):
    __tablename__ = 'aria_plain'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', String(20)))


class AriaUnchecked(SQLModel, table=True):
    __tablename__ = 'aria_unchecked'
    __table_args__ = (
        Index('parent', 'parent'),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    parent: Optional[int] = Field(default=None, sa_column=Column('parent', INTEGER(11)))


class Compressed(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))


class CompressedQuoted(SQLModel, table=True):
    __tablename__ = 'compressed_quoted'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))


t_quoted_csv = Table(
    'quoted_csv', SQLModel.metadata,
    Column('id', INTEGER(11), nullable=False),
    Column('note', String(10), nullable=False)
)
