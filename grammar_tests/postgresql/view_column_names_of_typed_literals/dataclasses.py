from typing import Optional

from sqlalchemy import BigInteger, Column, Date, DateTime, Integer, PrimaryKeyConstraint, Table, Text
from sqlalchemy.dialects.postgresql import INTERVAL
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = 'customer'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='customer_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    city: Mapped[Optional[str]] = mapped_column(Text)


t_v = Table(
    'v', Base.metadata,
    Column('city', Text),
    Column('n', BigInteger),
    Column('date', Date),
    Column('interval', INTERVAL),
    Column('c', Text(collation='C')),
    Column('?column?', Integer),
    Column('timestamp', DateTime),
    Column('int4', Integer)
)
