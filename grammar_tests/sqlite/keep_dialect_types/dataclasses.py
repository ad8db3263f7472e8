from typing import Optional
import datetime
import decimal

from sqlalchemy import BIGINT, BLOB, BOOLEAN, CHAR, CheckConstraint, Column, DATE, ForeignKey, ForeignKeyConstraint, INTEGER, Index, NUMERIC, REAL, TEXT, TIMESTAMP, Table, UniqueConstraint, VARCHAR, text
from sqlalchemy.dialects.sqlite import JSON
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Norowid(Base):
    __tablename__ = 'norowid'

    k: Mapped[str] = mapped_column(TEXT, primary_key=True)
    v: Mapped[Optional[int]] = mapped_column(INTEGER)


class StrictT(Base):
    __tablename__ = 'strict_t'

    id: Mapped[Optional[int]] = mapped_column(INTEGER, primary_key=True)
    v: Mapped[Optional[str]] = mapped_column(TEXT)


class Things(Base):
    __tablename__ = 'things'
    __table_args__ = (
        CheckConstraint('price >= 0', name='ck_price'),
        UniqueConstraint('name', 'code'),
        Index('ix_things_born', 'born')
    )

    code: Mapped[str] = mapped_column(CHAR(3), nullable=False)
    name: Mapped[str] = mapped_column(VARCHAR, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(INTEGER, primary_key=True)
    price: Mapped[Optional[decimal.Decimal]] = mapped_column(NUMERIC(10, 2), server_default=text('0'))
    ratio: Mapped[Optional[float]] = mapped_column(REAL)
    dbl: Mapped[Optional[float]] = mapped_column(REAL)
    flag: Mapped[Optional[bool]] = mapped_column(BOOLEAN, server_default=text('TRUE'))
    born: Mapped[Optional[datetime.date]] = mapped_column(DATE)
    at_ts: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP, server_default=text("datetime('now')"))
    doc: Mapped[Optional[object]] = mapped_column(JSON)
    raw: Mapped[Optional[bytes]] = mapped_column(BLOB)
    weird: Mapped[Optional[decimal.Decimal]] = mapped_column(NUMERIC(3))
    notype: Mapped[Optional[object]] = mapped_column(NullType)
    big: Mapped[Optional[int]] = mapped_column(BIGINT)

    thing: Mapped[list['Things']] = relationship('Things', secondary='children', primaryjoin=lambda: Things.id == t_children.c.seq, secondaryjoin=lambda: Things.id == t_children.c.thing_id, back_populates='seq')
    seq: Mapped[list['Things']] = relationship('Things', secondary='children', primaryjoin=lambda: Things.id == t_children.c.thing_id, secondaryjoin=lambda: Things.id == t_children.c.seq, back_populates='thing')


t_children = Table(
    'children', Base.metadata,
    Column('thing_id', ForeignKey('things.id'), primary_key=True),
    Column('seq', INTEGER, primary_key=True),
    ForeignKeyConstraint(['seq'], ['things.id'], name='fk_named')
)
