from typing import Optional

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, String, Text, VARCHAR
from sqlalchemy.dialects.postgresql import DOMAIN
from sqlmodel import Field, SQLModel

class Page(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='page_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    title: str = Field(sa_column=Column('title', String(80, 'C'), nullable=False))
    sort_key: Optional[str] = Field(default=None, sa_column=Column('sort_key', Text(collation='POSIX')))
    path: Optional[str] = Field(default=None, sa_column=Column('path', DOMAIN('slug', VARCHAR(collation='C'), 'C', not_null=False, create_type=False, schema=None, metadata=MetaData())))
