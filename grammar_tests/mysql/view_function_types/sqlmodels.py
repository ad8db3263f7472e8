from typing import Optional
import datetime
import decimal

from sqlalchemy import CHAR, Column, DECIMAL, Date, Double, String, TIMESTAMP, Table, Text
from sqlalchemy.dialects.mysql import DATETIME, INTEGER, MEDIUMINT, SMALLINT, TIME, TINYINT, TINYTEXT, YEAR
from sqlmodel import Field, SQLModel

class Member(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    nick: str = Field(sa_column=Column('nick', String(12), nullable=False))
    surname: str = Field(sa_column=Column('surname', String(20), nullable=False))
    joined: datetime.date = Field(sa_column=Column('joined', Date, nullable=False))
    rate: decimal.Decimal = Field(sa_column=Column('rate', DECIMAL(6, 3), nullable=False))
    points: int = Field(sa_column=Column('points', INTEGER(10, unsigned=True), nullable=False))
    seen: Optional[datetime.datetime] = Field(default=None, sa_column=Column('seen', DATETIME(fsp=3)))
    balance: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('balance', DECIMAL(9, 2)))
    grade: Optional[str] = Field(default=None, sa_column=Column('grade', CHAR(3)))
    bio: Optional[str] = Field(default=None, sa_column=Column('bio', Text))
    motto: Optional[str] = Field(default=None, sa_column=Column('motto', TINYTEXT))
    visits: Optional[int] = Field(default=None, sa_column=Column('visits', SMALLINT(5, unsigned=True)))
    score: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('score', Double(asdecimal=True)))
    long_a: Optional[str] = Field(default=None, sa_column=Column('long_a', String(300)))
    long_b: Optional[str] = Field(default=None, sa_column=Column('long_b', String(250)))


t_meter = Table(
    'meter', SQLModel.metadata,
    Column('small_val', SMALLINT(6), nullable=False),
    Column('tiny_val', TINYINT(4), nullable=False),
    Column('medium_val', MEDIUMINT(9), nullable=False),
    Column('medium_u', MEDIUMINT(8, unsigned=True), nullable=False),
    Column('plain_val', INTEGER(11), nullable=False),
    Column('plain_u', INTEGER(10, unsigned=True), nullable=False),
    Column('d9', DECIMAL(9, 2), nullable=False),
    Column('d10', DECIMAL(10, 0), nullable=False),
    Column('d11', DECIMAL(11, 2), nullable=False)
)


class Visit(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    is_new: int = Field(sa_column=Column('is_new', TINYINT(1), nullable=False))
    rank_no: int = Field(sa_column=Column('rank_no', INTEGER(4), nullable=False))
    code: int = Field(sa_column=Column('code', INTEGER(3, unsigned=True, zerofill=True), nullable=False))
    day_on: Optional[datetime.date] = Field(default=None, sa_column=Column('day_on', Date))
    stamp: Optional[datetime.datetime] = Field(default=None, sa_column=Column('stamp', DATETIME(fsp=2)))
    length_of: Optional[datetime.time] = Field(default=None, sa_column=Column('length_of', TIME(fsp=1)))
    noted: Optional[datetime.datetime] = Field(default=None, sa_column=Column('noted', TIMESTAMP))
    season: Optional[object] = Field(default=None, sa_column=Column('season', YEAR(4)))
