from typing import Optional
import decimal

from sqlalchemy import Column, Index, Integer, Numeric, PrimaryKeyConstraint, Sequence, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

class Codes(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('c', name='codes_pk'),
    )

    c: str = Field(sa_column=Column('c', Text, primary_key=True))
    d: Optional[int] = Field(default=None, sa_column=Column('d', Integer))


class Items(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='items_pkey'),
        UniqueConstraint('code', name='items_code_unique'),
        Index('items_qty_idx', 'quantity')
    )

    id: int = Field(sa_column=Column('id', Integer, Sequence('items_id_sequence'), primary_key=True, autoincrement=True))
    code: str = Field(sa_column=Column('code', Text, nullable=False))
    quantity: int = Field(sa_column=Column('quantity', Integer, nullable=False, comment='how many'))
    price: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('price', Numeric(10, 2)))


class OtherSeqUser(SQLModel, table=True):
    __tablename__ = 'other_seq_user'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='other_seq_user_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, Sequence('items_id_sequence'), primary_key=True, autoincrement=True))
