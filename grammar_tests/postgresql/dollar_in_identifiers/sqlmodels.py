from typing import Optional
import decimal

from sqlalchemy import Column, ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, Text, text
from sqlmodel import Field, Relationship, SQLModel

class SysTabHist(SQLModel, table=True):
    __tablename__ = 'sys$tab$hist'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='sys$tab$hist_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a_b: Optional[str] = Field(default=None, sa_column=Column('a$b', Text))

    after_it: list['AfterIt'] = Relationship(back_populates='hist')


class AfterIt(SQLModel, table=True):
    __tablename__ = 'after_it'
    __table_args__ = (
        ForeignKeyConstraint(['hist_id'], ['sys$tab$hist.id'], name='after_it_hist_id_fkey'),
        PrimaryKeyConstraint('id', name='after_it_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    hist_id: Optional[int] = Field(default=None, sa_column=Column('hist_id', Integer))
    price_: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('price$', Numeric, server_default=text('0')))

    hist: Optional['SysTabHist'] = Relationship(back_populates='after_it')
