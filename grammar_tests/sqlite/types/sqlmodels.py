from typing import Optional
import datetime
import decimal

from sqlalchemy import BigInteger, Boolean, CHAR, CheckConstraint, Column, Date, ForeignKey, ForeignKeyConstraint, Index, Integer, JSON, LargeBinary, Numeric, REAL, String, TIMESTAMP, Table, Text, UniqueConstraint, text
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, Relationship, SQLModel

class Norowid(SQLModel, table=True):
    k: str = Field(sa_column=Column('k', Text, primary_key=True))
    v: Optional[int] = Field(default=None, sa_column=Column('v', Integer))


class StrictT(SQLModel, table=True):
    __tablename__ = 'strict_t'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    v: Optional[str] = Field(default=None, sa_column=Column('v', Text))


class Things(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('price >= 0', name='ck_price'),
        UniqueConstraint('name', 'code'),
        Index('ix_things_born', 'born')
    )

    code: str = Field(sa_column=Column('code', CHAR(3), nullable=False))
    name: str = Field(sa_column=Column('name', String, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    price: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('price', Numeric(10, 2), server_default=text('0')))
    ratio: Optional[float] = Field(default=None, sa_column=Column('ratio', REAL))
    dbl: Optional[float] = Field(default=None, sa_column=Column('dbl', REAL))
    flag: Optional[bool] = Field(default=None, sa_column=Column('flag', Boolean, server_default=text('TRUE')))
    born: Optional[datetime.date] = Field(default=None, sa_column=Column('born', Date))
    at_ts: Optional[datetime.datetime] = Field(default=None, sa_column=Column('at_ts', TIMESTAMP, server_default=text("datetime('now')")))
    doc: Optional[object] = Field(default=None, sa_column=Column('doc', JSON))
    raw: Optional[bytes] = Field(default=None, sa_column=Column('raw', LargeBinary))
    weird: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('weird', Numeric(3)))
    notype: Optional[object] = Field(default=None, sa_column=Column('notype', NullType))
    big: Optional[int] = Field(default=None, sa_column=Column('big', BigInteger))

    thing: list['Things'] = Relationship(back_populates='seq', sa_relationship_kwargs={'secondary': 'children', 'primaryjoin': lambda: Things.id == t_children.c.seq, 'secondaryjoin': lambda: Things.id == t_children.c.thing_id})
    seq: list['Things'] = Relationship(back_populates='thing', sa_relationship_kwargs={'secondary': 'children', 'primaryjoin': lambda: Things.id == t_children.c.thing_id, 'secondaryjoin': lambda: Things.id == t_children.c.seq})


t_children = Table(
    'children', SQLModel.metadata,
    Column('thing_id', ForeignKey('things.id'), primary_key=True),
    Column('seq', Integer, primary_key=True),
    ForeignKeyConstraint(['seq'], ['things.id'], name='fk_named')
)
