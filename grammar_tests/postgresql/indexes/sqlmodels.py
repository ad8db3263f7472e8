from typing import Optional

from sqlalchemy import Boolean, Column, Index, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, SQLModel

class Things(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='things_pkey'),
        Index('things_lower'),
        Index('things_multi', 'name', 'score'),
        Index('things_name_idx', 'name'),
        Index('things_partial', 'score', postgresql_where='flag'),
        Index('things_tag', 'tag', unique=True)
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    flag: Optional[bool] = Field(default=None, sa_column=Column('flag', Boolean))
    score: Optional[int] = Field(default=None, sa_column=Column('score', Integer))
    tag: Optional[str] = Field(default=None, sa_column=Column('tag', Text))
