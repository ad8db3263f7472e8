from typing import Optional

from sqlalchemy import BigInteger, Column, Identity, Integer, PrimaryKeyConstraint, Sequence, SmallInteger, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = 'account'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='account_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=2147483647, cycle=False, cache=1), primary_key=True, autoincrement=True)
    ref: Mapped[int] = mapped_column(BigInteger, Identity(always=True, start=10, increment=5, minvalue=1, maxvalue=100000, cycle=False, cache=1), nullable=False)
    code: Mapped[int] = mapped_column(SmallInteger, Identity(start=7, increment=2, minvalue=1, maxvalue=32767, cycle=False, cache=20), nullable=False)
    legacy: Mapped[int] = mapped_column(Integer, nullable=False)
    plain: Mapped[int] = mapped_column(Integer, nullable=False)
    note: Mapped[Optional[str]] = mapped_column(Text)


t_counter = Table(
    'counter', Base.metadata,
    Column('n', Integer, Sequence('account_legacy_seq'))
)
