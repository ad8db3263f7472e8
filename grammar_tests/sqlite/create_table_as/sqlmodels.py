from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Column, DateTime, Float, Integer, LargeBinary, Numeric, REAL, String, Table, Text, text
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, SQLModel

class A(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', String(10), nullable=False, server_default=text("'x'")))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    amount: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('amount', Numeric(10, 2)))
    r: Optional[float] = Field(default=None, sa_column=Column('r', Float))
    b: Optional[bytes] = Field(default=None, sa_column=Column('b', LargeBinary))
    d: Optional[datetime.datetime] = Field(default=None, sa_column=Column('d', DateTime))
    x: Optional[object] = Field(default=None, sa_column=Column('x', NullType))
    p: Optional[int] = Field(default=None, sa_column=Column('p', Integer))
    k: Optional[int] = Field(default=None, sa_column=Column('k', BigInteger))


t_c1 = Table(
    'c1', SQLModel.metadata,
    Column('id', Integer),
    Column('name', Text)
)


t_c2 = Table(
    'c2', SQLModel.metadata,
    Column('key', Integer),
    Column('Na me', Text),
    Column('amount', Numeric),
    Column('r', REAL),
    Column('b', NullType),
    Column('d', Numeric),
    Column('x', NullType),
    Column('p', Integer),
    Column('k', Integer),
    Column('one', NullType)
)


t_long_table_name_for_layout = Table(
    'long_table_name_for_layout', SQLModel.metadata,
    Column('identifier_one', Integer),
    Column('identifier_two', Text)
)


t_select = Table(
    'select', SQLModel.metadata,
    Column('group', Text),
    Column('n', NullType)
)
