from typing import Optional

from sqlalchemy import Column, Integer, NCHAR, NVARCHAR, String, Text, text
from sqlmodel import Field, SQLModel

class Documents(SQLModel, table=True):
    code: str = Field(sa_column=Column('code', Text(20), nullable=False))
    title: str = Field(sa_column=Column('title', String(255), nullable=False))
    slug: str = Field(sa_column=Column('slug', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    varying: Optional[str] = Field(default=None, sa_column=Column('varying', Text(255)))
    nchar_col: Optional[str] = Field(default=None, sa_column=Column('nchar_col', NCHAR(55)))
    native: Optional[str] = Field(default=None, sa_column=Column('native', Text(70)))
    nvarchar_col: Optional[str] = Field(default=None, sa_column=Column('nvarchar_col', NVARCHAR(100)))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))
    big_body: Optional[str] = Field(default=None, sa_column=Column('big_body', Text))
    padded: Optional[str] = Field(default=None, sa_column=Column('padded', String(10)))
    lang: Optional[str] = Field(default=None, sa_column=Column('lang', Text, server_default=text("'en'")))
