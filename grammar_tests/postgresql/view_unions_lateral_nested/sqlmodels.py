from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Column, Date, DateTime, Double, ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, REAL, SmallInteger, String, Text
from sqlmodel import Field, Relationship, SQLModel

class A(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    code: Optional[str] = Field(default=None, sa_column=Column('code', String(10)))
    small: Optional[int] = Field(default=None, sa_column=Column('small', SmallInteger))
    big: Optional[int] = Field(default=None, sa_column=Column('big', BigInteger))
    t: Optional[str] = Field(default=None, sa_column=Column('t', Text))
    n: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('n', Numeric(8, 2)))
    r: Optional[float] = Field(default=None, sa_column=Column('r', REAL))
    d: Optional[float] = Field(default=None, sa_column=Column('d', Double(53)))
    ts: Optional[datetime.datetime] = Field(default=None, sa_column=Column('ts', DateTime))
    tz: Optional[datetime.datetime] = Field(default=None, sa_column=Column('tz', DateTime(True)))
    dt: Optional[datetime.date] = Field(default=None, sa_column=Column('dt', Date))

    b: list['B'] = Relationship(back_populates='a')


class B(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['a_id'], ['a.id'], name='b_a_id_fkey'),
        PrimaryKeyConstraint('id', name='b_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a_id: Optional[int] = Field(default=None, sa_column=Column('a_id', Integer))
    code: Optional[str] = Field(default=None, sa_column=Column('code', String(20)))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))

    a: Optional['A'] = Relationship(back_populates='b')
