from typing import Optional

from sqlalchemy import CheckConstraint, Column, Integer, text
from sqlmodel import Field, SQLModel

class AfterIt(SQLModel, table=True):
    __tablename__ = 'after_it'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))


class DeepCheck(SQLModel, table=True):
    __tablename__ = 'deep_check'
    __table_args__ = (
        CheckConstraint('((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a > 0))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))'),
    )

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    a: Optional[int] = Field(default=None, sa_column=Column('a', Integer))
    b: Optional[int] = Field(default=None, sa_column=Column('b', Integer, server_default=text('((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1 + 2))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))')))
