from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Column, DateTime, Integer, Numeric, PrimaryKeyConstraint, String, Table, Text, text
from sqlmodel import Field, SQLModel

class A(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    code: str = Field(sa_column=Column('code', String(10), nullable=False, server_default=text("'x'::character varying")))
    n: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('n', Numeric(8, 2)))
    created: Optional[datetime.datetime] = Field(default=None, sa_column=Column('created', DateTime, server_default=text('now()')))


t_a_copy = Table(
    'a_copy', SQLModel.metadata,
    Column('x', Integer),
    Column('y', String(10))
)


class AFast(SQLModel, table=True):
    __tablename__ = 'a_fast'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a_fast_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    code: Optional[str] = Field(default=None, sa_column=Column('code', String(10)))
    n: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('n', Numeric(8, 2)))
    n0: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('n0', Numeric))
    rank: Optional[int] = Field(default=None, sa_column=Column('rank', BigInteger))
    nothing: Optional[str] = Field(default=None, sa_column=Column('nothing', Text))


t_a_into = Table(
    'a_into', SQLModel.metadata,
    Column('id', Integer),
    Column('code', String(10)),
    Column('n', Numeric(8, 2)),
    Column('created', DateTime)
)


t_a_u = Table(
    'a_u', SQLModel.metadata,
    Column('code', String(10)),
    Column('c', BigInteger)
)
