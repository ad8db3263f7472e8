from typing import Optional

from sqlalchemy import Column, Index, LargeBinary, String, Text
from sqlalchemy.dialects.mysql import INTEGER, TINYTEXT, VARCHAR
from sqlmodel import Field, SQLModel

class Doc(SQLModel, table=True):
    __table_args__ = (
        Index('code', 'code'),
        Index('code_start', 'code', 'id', mysql_length={'code': 8}),
        Index('data', 'data', mysql_length={'data': 3072}),
        Index('path', 'path', mysql_length={'path': 768}),
        Index('short', 'short', mysql_length={'short': 255}),
        Index('summary', 'summary', mysql_length={'summary': 768}),
        Index('url', 'url', unique=True)
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    path: str = Field(sa_column=Column('path', String(1000), nullable=False))
    code: str = Field(sa_column=Column('code', String(40), nullable=False))
    url: str = Field(sa_column=Column('url', String(2000), nullable=False))
    summary: Optional[str] = Field(default=None, sa_column=Column('summary', Text))
    short: Optional[str] = Field(default=None, sa_column=Column('short', TINYTEXT))
    data: Optional[bytes] = Field(default=None, sa_column=Column('data', LargeBinary))


class Draft(SQLModel, table=True):
    __table_args__ = (
        Index('title', 'title', mysql_length={'title': 575}),
        Index('title_start', 'title', mysql_length={'title': 10})
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    title: str = Field(sa_column=Column('title', String(700), nullable=False))


class Legacy(SQLModel, table=True):
    __table_args__ = (
        Index('latin', 'latin', mysql_length={'latin': 1000}),
        Index('title', 'title', mysql_length={'title': 333})
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    title: str = Field(sa_column=Column('title', String(400), nullable=False))
    latin: str = Field(sa_column=Column('latin', VARCHAR(1200, charset='latin1', collation='latin1_swedish_ci'), nullable=False))


class Page(SQLModel, table=True):
    __table_args__ = (
        Index('body', 'body', mysql_length={'body': 40}),
        Index('keyword', 'keyword'),
        Index('name', 'name', mysql_length={'name': 250}),
        Index('query', 'query', mysql_length={'query': 250})
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    name: str = Field(sa_column=Column('name', String(255), nullable=False))
    keyword: str = Field(sa_column=Column('keyword', String(250), nullable=False))
    query: str = Field(sa_column=Column('query', String(300), nullable=False))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))
