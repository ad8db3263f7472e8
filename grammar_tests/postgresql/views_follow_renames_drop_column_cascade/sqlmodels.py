from typing import Optional

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, Sequence, Text
from sqlmodel import Field, SQLModel

class Thing(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='item_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, Sequence('item_id_seq'), primary_key=True, autoincrement=True))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))
