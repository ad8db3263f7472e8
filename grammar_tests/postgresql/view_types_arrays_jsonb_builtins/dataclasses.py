from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import BigInteger, Boolean, Column, Date, DateTime, Enum, Integer, Numeric, PrimaryKeyConstraint, String, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, CITEXT, INTERVAL, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Status(str, enum.Enum):
    A = 'a'
    B = 'b'


class Acct(Base):
    __tablename__ = 'acct'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='acct_pkey'),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(30), nullable=False)
    created: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('now()'))
    email: Mapped[Optional[str]] = mapped_column(CITEXT)
    balance: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(12, 2))
    st: Mapped[Optional[Status]] = mapped_column(Enum(Status, values_callable=lambda cls: [member.value for member in cls], name='status'))
    data: Mapped[Optional[object]] = mapped_column(JSONB)
    tags: Mapped[Optional[list[str]]] = mapped_column(ARRAY(String(length=10)))
    flags: Mapped[Optional[list[int]]] = mapped_column(ARRAY(Integer()))


t_acct_stats = Table(
    'acct_stats', Base.metadata,
    Column('id', BigInteger),
    Column('rn', BigInteger),
    Column('names', ARRAY(String())),
    Column('emails', BigInteger),
    Column('day', DateTime),
    Column('epoch', Numeric),
    Column('created_day', Date),
    Column('positive', Integer),
    Column('yesterday', DateTime(True)),
    Column('shout', Text),
    Column('both_', Text),
    Column('upper_name', Text),
    Column('double_balance', Numeric),
    Column('third', Numeric),
    Column('next_id', BigInteger),
    Column('x', JSONB),
    Column('x_text', Text),
    Column('ab', Text),
    Column('first_tag', String(10)),
    Column('status', Enum(Status, values_callable=lambda cls: [member.value for member in cls], name='status')),
    Column('status_text', Text),
    Column('bal', Numeric),
    Column('g', BigInteger),
    Column('len', Integer),
    Column('prefix', Text),
    Column('yr', Text),
    Column('age_', INTERVAL),
    Column('no_balance', Boolean),
    Column('last_created', DateTime),
    Column('total', Numeric),
    Column('avg_id', Numeric),
    Column('any_pos', Boolean),
    Column('lemail', Text),
    Column('nflags', Integer),
    Column('more_flags', ARRAY(Integer())),
    Column('rounded', Numeric),
    Column('id_text', Text),
    Column('today', Date),
    Column('ts', DateTime(True))
)
