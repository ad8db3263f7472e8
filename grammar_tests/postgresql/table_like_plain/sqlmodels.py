from typing import Optional
import decimal

from sqlalchemy import BigInteger, CheckConstraint, Column, Computed, Identity, Index, Integer, Numeric, PrimaryKeyConstraint, SMALLINT, String, Table, Text, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import ARRAY, DOMAIN
from sqlmodel import Field, SQLModel

class Orders(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('amount >= 0::numeric', name='orders_amount_check'),
        PrimaryKeyConstraint('id', name='orders_pkey'),
        UniqueConstraint('ref', name='orders_ref_key'),
        Index('orders_label_idx', 'label')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    ref: str = Field(sa_column=Column('ref', String(12), nullable=False, comment='external reference'))
    amount: decimal.Decimal = Field(sa_column=Column('amount', Numeric(8, 3), nullable=False, server_default=text('0')))
    seq: int = Field(sa_column=Column('seq', BigInteger, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), nullable=False))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text(collation='C'), server_default=text("'none'::text")))
    discount: Optional[int] = Field(default=None, sa_column=Column('discount', DOMAIN('percent', SMALLINT(), constraint_name='percent_check', not_null=False, check=text('VALUE >= 0 AND VALUE <= 100'), create_type=False, schema=None, metadata=MetaData())))
    lines: Optional[list[int]] = Field(default=None, sa_column=Column('lines', ARRAY(Integer())))
    doubled: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('doubled', Numeric, Computed('(amount * (2)::numeric)', persisted=True)))


t_orders_archive = Table(
    'orders_archive', SQLModel.metadata,
    Column('id', Integer, nullable=False),
    Column('ref', String(12), nullable=False),
    Column('label', Text(collation='C')),
    Column('amount', Numeric(8, 3), nullable=False),
    Column('discount', DOMAIN('percent', SMALLINT(), constraint_name='percent_check', not_null=False, check=text('VALUE >= 0 AND VALUE <= 100'), create_type=False, schema=None, metadata=MetaData())),
    Column('lines', ARRAY(Integer())),
    Column('seq', BigInteger, nullable=False),
    Column('doubled', Numeric)
)
