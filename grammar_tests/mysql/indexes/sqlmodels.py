from typing import Optional

from sqlalchemy import Column, Index, String, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Docs(SQLModel, table=True):
    __table_args__ = (
        Index('author', 'author'),
        Index('ft_body', 'body', mysql_prefix='FULLTEXT'),
        Index('idx_author_score', 'author', 'score'),
        Index('idx_title_prefix', 'title', mysql_length={'title': 20}),
        Index('title', 'title', unique=True),
        Index('ux_score', 'score', unique=True)
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    title: str = Field(sa_column=Column('title', String(200), nullable=False))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))
    author: Optional[str] = Field(default=None, sa_column=Column('author', String(50)))
    score: Optional[int] = Field(default=None, sa_column=Column('score', INTEGER(11)))
