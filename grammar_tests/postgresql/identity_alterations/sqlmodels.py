from typing import Optional

from sqlalchemy import BigInteger, Column, Identity, Integer, PrimaryKeyConstraint, Sequence, SmallInteger, Table, Text
from sqlmodel import Field, SQLModel

class Account(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='account_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), primary_key=True, autoincrement=True))
    ref: int = Field(sa_column=Column('ref', BigInteger, Identity(always=True, start=10, increment=5, minvalue=1, maxvalue=100000, cycle=False, cache=1), nullable=False))
    code: int = Field(sa_column=Column('code', SmallInteger, Identity(start=7, increment=2, minvalue=1, maxvalue=32767, cycle=False, cache=20), nullable=False))
    legacy: int = Field(sa_column=Column('legacy', Integer, nullable=False))
    plain: int = Field(sa_column=Column('plain', Integer, nullable=False))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))


t_counter = Table(
    'counter', SQLModel.metadata,
    Column('n', Integer, Sequence('account_legacy_seq'))
)
