from typing import Optional

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, SQLModel

class Invoices2(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='invoices2_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))


class Kept2(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='kept2_pkey1'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))


class Orders(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='orders_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))


class Orders2(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='orders2_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))


class Tickets(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='tickets_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    title: Optional[str] = Field(default=None, sa_column=Column('title', Text))


class Tickets2(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='tickets2_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
