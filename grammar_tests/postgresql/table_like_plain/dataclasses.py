from typing import Optional
import decimal

from sqlalchemy import BigInteger, CheckConstraint, Column, Computed, Identity, Index, Integer, Numeric, PrimaryKeyConstraint, SMALLINT, String, Table, Text, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import ARRAY, DOMAIN
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Orders(Base):
    __tablename__ = 'orders'
    __table_args__ = (
        CheckConstraint('amount >= 0::numeric', name='orders_amount_check'),
        PrimaryKeyConstraint('id', name='orders_pkey'),
        UniqueConstraint('ref', name='orders_ref_key'),
        Index('orders_label_idx', 'label')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ref: Mapped[str] = mapped_column(String(12), nullable=False, comment='external reference')
    amount: Mapped[decimal.Decimal] = mapped_column(Numeric(8, 3), nullable=False, server_default=text('0'))
    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), nullable=False)
    label: Mapped[Optional[str]] = mapped_column(Text(collation='C'), server_default=text("'none'::text"))
    discount: Mapped[Optional[int]] = mapped_column(DOMAIN('percent', SMALLINT(), constraint_name='percent_check', not_null=False, check=text('VALUE >= 0 AND VALUE <= 100'), create_type=False, schema=None, metadata=MetaData()))
    lines: Mapped[Optional[list[int]]] = mapped_column(ARRAY(Integer()))
    doubled: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric, Computed('(amount * (2)::numeric)', persisted=True))


t_orders_archive = Table(
    'orders_archive', Base.metadata,
    Column('id', Integer, nullable=False),
    Column('ref', String(12), nullable=False),
    Column('label', Text(collation='C')),
    Column('amount', Numeric(8, 3), nullable=False),
    Column('discount', DOMAIN('percent', SMALLINT(), constraint_name='percent_check', not_null=False, check=text('VALUE >= 0 AND VALUE <= 100'), create_type=False, schema=None, metadata=MetaData())),
    Column('lines', ARRAY(Integer())),
    Column('seq', BigInteger, nullable=False),
    Column('doubled', Numeric)
)
