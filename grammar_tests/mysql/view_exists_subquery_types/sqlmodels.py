from typing import Optional

from sqlalchemy import Column, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Post(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    title: Optional[str] = Field(default=None, sa_column=Column('title', String(50)))


class Tag(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    post_id: Optional[int] = Field(default=None, sa_column=Column('post_id', INTEGER(11)))
