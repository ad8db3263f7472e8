from typing import Optional
import datetime
import decimal
import enum
import uuid

from sqlalchemy import CHAR, CheckConstraint, Column, Computed, DECIMAL, Date, Double, Enum, Float, ForeignKeyConstraint, Index, LargeBinary, TIMESTAMP, Uuid, text
from sqlalchemy.dialects.mysql import BIGINT, BIT, DATETIME, INTEGER, LONGTEXT, MEDIUMTEXT, SET, SMALLINT, TINYINT, VARCHAR, YEAR
from sqlmodel import Field, Relationship, SQLModel

class ThingsStatus(str, enum.Enum):
    NEW = 'new'
    DONE = 'done'


class MyisamT(SQLModel, table=True):
    __tablename__ = 'myisam_t'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))


class Things(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('`price` >= 0', name='chk_price'),
        Index('born', 'born'),
        Index('code', 'code', unique=True),
        Index('ft_body', 'body', mysql_prefix='FULLTEXT'),
        Index('uq_name_code', 'name', 'code', unique=True),
        {'comment': 'things table'}
    )

    id: int = Field(sa_column=Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True))
    small: int = Field(sa_column=Column('small', SMALLINT(6), nullable=False, server_default=text('0')))
    code: str = Field(sa_column=Column('code', CHAR(3), nullable=False))
    at_ts: datetime.datetime = Field(sa_column=Column('at_ts', TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()')))
    status: ThingsStatus = Field(sa_column=Column('status', Enum(ThingsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'new'")))
    big: Optional[int] = Field(default=None, sa_column=Column('big', BIGINT(20)))
    tiny: Optional[int] = Field(default=None, sa_column=Column('tiny', TINYINT(4)))
    flag: Optional[int] = Field(default=None, sa_column=Column('flag', TINYINT(1), server_default=text('1')))
    bit1: Optional[object] = Field(default=None, sa_column=Column('bit1', BIT(1)))
    name: Optional[str] = Field(default=None, sa_column=Column('name', VARCHAR(100, charset='latin1', collation='latin1_bin')))
    name2: Optional[str] = Field(default=None, sa_column=Column('name2', VARCHAR(40, charset='utf8mb4', collation='utf8mb4_bin')))
    price: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('price', DECIMAL(10, 2), server_default=text('0.00')))
    ratio: Optional[float] = Field(default=None, sa_column=Column('ratio', Float))
    dbl: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('dbl', Double(asdecimal=True)))
    born: Optional[datetime.date] = Field(default=None, sa_column=Column('born', Date))
    at_dt: Optional[datetime.datetime] = Field(default=None, sa_column=Column('at_dt', DATETIME(fsp=6), server_default=text('current_timestamp(6) ON UPDATE current_timestamp(6)')))
    yr: Optional[object] = Field(default=None, sa_column=Column('yr', YEAR(4)))
    doc: Optional[str] = Field(default=None, sa_column=Column('doc', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')))
    body: Optional[str] = Field(default=None, sa_column=Column('body', MEDIUMTEXT))
    blob_col: Optional[bytes] = Field(default=None, sa_column=Column('blob_col', LargeBinary))
    perms: Optional[str] = Field(default=None, sa_column=Column('perms', SET('r', 'w', 'x')))
    uid: Optional[uuid.UUID] = Field(default=None, sa_column=Column('uid', Uuid))
    total: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('total', DECIMAL(12, 2), Computed('(`price` * 2)', persisted=True)))

    children: list['Children'] = Relationship(back_populates='thing')
    orphan_fk: list['OrphanFk'] = Relationship(back_populates='things')


class Children(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['thing_id'], ['things.id'], name='children_ibfk_1'),
    )

    thing_id: int = Field(sa_column=Column('thing_id', INTEGER(10, unsigned=True), primary_key=True))
    seq: int = Field(sa_column=Column('seq', INTEGER(11), primary_key=True))

    thing: 'Things' = Relationship(back_populates='children')


class OrphanFk(SQLModel, table=True):
    __tablename__ = 'orphan_fk'
    __table_args__ = (
        ForeignKeyConstraint(['child_thing'], ['things.id'], onupdate='CASCADE', name='fk_child'),
        Index('fk_child', 'child_thing')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    child_thing: Optional[int] = Field(default=None, sa_column=Column('child_thing', INTEGER(10, unsigned=True)))

    things: Optional['Things'] = Relationship(back_populates='orphan_fk')
