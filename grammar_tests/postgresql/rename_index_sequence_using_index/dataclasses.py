from typing import Optional
import decimal

from sqlalchemy import Index, Integer, Numeric, PrimaryKeyConstraint, Sequence, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Codes(Base):
    __tablename__ = 'codes'
    __table_args__ = (
        PrimaryKeyConstraint('c', name='codes_pk'),
    )

    c: Mapped[str] = mapped_column(Text, primary_key=True)
    d: Mapped[Optional[int]] = mapped_column(Integer)


class Items(Base):
    __tablename__ = 'items'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='items_pkey'),
        UniqueConstraint('code', name='items_code_unique'),
        Index('items_qty_idx', 'quantity')
    )

    id: Mapped[int] = mapped_column(Integer, Sequence('items_id_sequence'), primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False, comment='how many')
    price: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2))


class OtherSeqUser(Base):
    __tablename__ = 'other_seq_user'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='other_seq_user_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, Sequence('items_id_sequence'), primary_key=True, autoincrement=True)
