from typing import Optional

from sqlalchemy import Column, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Place(SQLModel, table=True):
    __table_args__ = (
        Index('idx_label', 'label'),
        {'comment': 'seen'}
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    label: str = Field(sa_column=Column('label', String(40), nullable=False))
    zone: Optional[str] = Field(default=None, sa_column=Column('zone', String(10)))
    area: Optional[str] = Field(default=None, sa_column=Column('area', String(10)))
    floor: Optional[int] = Field(default=None, sa_column=Column('floor', INTEGER(11)))
