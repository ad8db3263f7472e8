from typing import Optional

from sqlalchemy import Column, Index, String, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, SQLModel

class Place(SQLModel, table=True):
    __table_args__ = (
        Index('area_sp', 'area', mysql_prefix='SPATIAL'),
        Index('place_both_ft', 'title', 'summary', mysql_prefix='FULLTEXT'),
        Index('place_spot_sp', 'spot', mysql_prefix='SPATIAL'),
        Index('place_title_ft', 'title', mysql_prefix='FULLTEXT'),
        Index('summary', 'summary', mysql_prefix='FULLTEXT'),
        Index('title_plain', 'title')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    spot: object = Field(sa_column=Column('spot', NullType, nullable=False))
    area: object = Field(sa_column=Column('area', NullType, nullable=False))
    title: Optional[str] = Field(default=None, sa_column=Column('title', String(100)))
    summary: Optional[str] = Field(default=None, sa_column=Column('summary', Text))
