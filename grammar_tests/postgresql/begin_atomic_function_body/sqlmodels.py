from typing import Optional

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, text
from sqlmodel import Field, SQLModel

class AfterIt(SQLModel, table=True):
    __tablename__ = 'after_it'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='after_it_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    s: Optional[int] = Field(default=None, sa_column=Column('s', Integer, server_default=text('0')))


class BeforeIt(SQLModel, table=True):
    __tablename__ = 'before_it'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='before_it_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
