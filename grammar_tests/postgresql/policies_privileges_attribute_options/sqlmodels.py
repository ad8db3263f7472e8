from typing import Optional

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, SQLModel

class Document(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='document_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    owner_id: int = Field(sa_column=Column('owner_id', Integer, nullable=False))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))
