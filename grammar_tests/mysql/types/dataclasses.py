from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import CHAR, CheckConstraint, Computed, DECIMAL, Date, Double, Enum, Float, ForeignKeyConstraint, Index, LargeBinary, TIMESTAMP, Uuid, text
from sqlalchemy.dialects.mysql import BIGINT, BIT, DATETIME, INTEGER, LONGTEXT, MEDIUMTEXT, SET, SMALLINT, TINYINT, VARCHAR, YEAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class ThingsStatus(str, enum.Enum):
    NEW = 'new'
    DONE = 'done'


class MyisamT(Base):
    __tablename__ = 'myisam_t'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)


class Things(Base):
    __tablename__ = 'things'
    __table_args__ = (
        CheckConstraint('`price` >= 0', name='chk_price'),
        Index('born', 'born'),
        Index('code', 'code', unique=True),
        Index('ft_body', 'body', mysql_prefix='FULLTEXT'),
        Index('uq_name_code', 'name', 'code', unique=True),
        {'comment': 'things table'}
    )

    id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True, autoincrement=True)
    small: Mapped[int] = mapped_column(SMALLINT(6), nullable=False, server_default=text('0'))
    code: Mapped[str] = mapped_column(CHAR(3), nullable=False)
    at_ts: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))
    status: Mapped[ThingsStatus] = mapped_column(Enum(ThingsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'new'"))
    big: Mapped[Optional[int]] = mapped_column(BIGINT(20))
    tiny: Mapped[Optional[int]] = mapped_column(TINYINT(4))
    flag: Mapped[Optional[int]] = mapped_column(TINYINT(1), server_default=text('1'))
    bit1: Mapped[Optional[object]] = mapped_column(BIT(1))
    name: Mapped[Optional[str]] = mapped_column(VARCHAR(100, charset='latin1', collation='latin1_bin'))
    name2: Mapped[Optional[str]] = mapped_column(VARCHAR(40, charset='utf8mb4', collation='utf8mb4_bin'))
    price: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 2), server_default=text('0.00'))
    ratio: Mapped[Optional[float]] = mapped_column(Float)
    dbl: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True))
    born: Mapped[Optional[datetime.date]] = mapped_column(Date)
    at_dt: Mapped[Optional[datetime.datetime]] = mapped_column(DATETIME(fsp=6), server_default=text('current_timestamp(6) ON UPDATE current_timestamp(6)'))
    yr: Mapped[Optional[object]] = mapped_column(YEAR(4))
    doc: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    body: Mapped[Optional[str]] = mapped_column(MEDIUMTEXT)
    blob_col: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    perms: Mapped[Optional[str]] = mapped_column(SET('r', 'w', 'x'))
    uid: Mapped[Optional[uuid.UUID]] = mapped_column(Uuid)
    total: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(12, 2), Computed('(`price` * 2)', persisted=True))

    children: Mapped[list['Children']] = relationship('Children', back_populates='thing')
    orphan_fk: Mapped[list['OrphanFk']] = relationship('OrphanFk', back_populates='things')


class Children(Base):
    __tablename__ = 'children'
    __table_args__ = (
        ForeignKeyConstraint(['thing_id'], ['things.id'], name='children_ibfk_1'),
    )

    thing_id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True)
    seq: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)

    thing: Mapped['Things'] = relationship('Things', back_populates='children')


class OrphanFk(Base):
    __tablename__ = 'orphan_fk'
    __table_args__ = (
        ForeignKeyConstraint(['child_thing'], ['things.id'], onupdate='CASCADE', name='fk_child'),
        Index('fk_child', 'child_thing')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    child_thing: Mapped[Optional[int]] = mapped_column(INTEGER(10, unsigned=True))

    things: Mapped[Optional['Things']] = relationship('Things', back_populates='orphan_fk')
