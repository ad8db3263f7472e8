from typing import Optional
import datetime
import decimal

from sqlalchemy import CheckConstraint, Column, Computed, DECIMAL, Date, DateTime, String, Time, VARBINARY, text
from sqlalchemy.dialects.mysql import DATETIME, INTEGER, TINYINT
from sqlmodel import Field, SQLModel

class Event(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('!(`flag` is true) or !(`qty` <=> 0)', name='not_true'),
        CheckConstraint("`code` is not null and !(`code` regexp '^ ') and `code` like '%%-%%'", name='code_form'),
        CheckConstraint('`qty` >= 0 and `qty` <= 1000', name='qty_range'),
        CheckConstraint('`qty` not in (13,666) and `qty` between 0 and 5000', name='not_in')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    starts: datetime.date = Field(sa_column=Column('starts', Date, nullable=False))
    ends: Optional[datetime.datetime] = Field(default=None, sa_column=Column('ends', DATETIME(fsp=3)))
    qty: Optional[int] = Field(default=None, sa_column=Column('qty', INTEGER(11)))
    code: Optional[str] = Field(default=None, sa_column=Column('code', String(40)))
    flag: Optional[int] = Field(default=None, sa_column=Column('flag', TINYINT(1)))
    created_on: Optional[datetime.date] = Field(default=None, sa_column=Column('created_on', Date, server_default=text('curdate()')))
    created_at: Optional[datetime.time] = Field(default=None, sa_column=Column('created_at', Time, server_default=text('curtime()')))
    utc_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('utc_at', DateTime, server_default=text('utc_timestamp()')))
    due_on: Optional[datetime.date] = Field(default=None, sa_column=Column('due_on', Date, server_default=text('(curdate()')))
    remind_on: Optional[datetime.date] = Field(default=None, sa_column=Column('remind_on', Date, server_default=text('(curdate()')))
    label: Optional[str] = Field(default=None, sa_column=Column('label', String(20), server_default=text('(cast(0 as char charset utf8mb4))')))
    year_made: Optional[int] = Field(default=None, sa_column=Column('year_made', INTEGER(11), server_default=text('extract(year')))
    made_by: Optional[str] = Field(default=None, sa_column=Column('made_by', String(80), server_default=text('current_user()')))
    day_of: Optional[datetime.date] = Field(default=None, sa_column=Column('day_of', Date, server_default=text('cast(current_timestamp()')))
    next_day: Optional[datetime.date] = Field(default=None, sa_column=Column('next_day', Date, Computed('(`starts` + interval 1 day)', persisted=False)))
    prev_month: Optional[datetime.date] = Field(default=None, sa_column=Column('prev_month', Date, Computed('(`starts` - interval 1 month)', persisted=False)))
    later: Optional[datetime.datetime] = Field(default=None, sa_column=Column('later', DateTime, Computed('(`ends` + interval 2 hour)', persisted=False)))
    early: Optional[datetime.datetime] = Field(default=None, sa_column=Column('early', DateTime, Computed('(`ends` + interval 30 minute)', persisted=False)))
    length_days: Optional[int] = Field(default=None, sa_column=Column('length_days', INTEGER(11), Computed('((to_days(`ends`) - to_days(`starts`)) * 24)', persisted=False)))
    months: Optional[int] = Field(default=None, sa_column=Column('months', INTEGER(11), Computed('(timestampdiff(MONTH,`starts`,`ends`))', persisted=False)))
    as_text: Optional[str] = Field(default=None, sa_column=Column('as_text', String(20), Computed('(cast(`qty` as char(10) charset utf8mb4))', persisted=False)))
    as_number: Optional[int] = Field(default=None, sa_column=Column('as_number', INTEGER(11), Computed('(cast(`code` as signed))', persisted=False)))
    as_decimal: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('as_decimal', DECIMAL(10, 0), Computed('(cast(`code` as decimal(10,0)))', persisted=False)))
    as_bytes: Optional[bytes] = Field(default=None, sa_column=Column('as_bytes', VARBINARY(40), Computed('(cast(`code` as char charset binary))', persisted=False)))
    as_latin: Optional[str] = Field(default=None, sa_column=Column('as_latin', String(40), Computed('(convert(`code` using latin1))', persisted=False)))
    start_day: Optional[datetime.date] = Field(default=None, sa_column=Column('start_day', Date, Computed('(cast(`ends` as date))', persisted=False)))
    trimmed: Optional[str] = Field(default=None, sa_column=Column('trimmed', String(40), Computed("(trim(leading '0' from `code`))", persisted=False)))
    stripped: Optional[str] = Field(default=None, sa_column=Column('stripped', String(40), Computed("(trim(both 'x' from `code`))", persisted=False)))
    made_year: Optional[int] = Field(default=None, sa_column=Column('made_year', INTEGER(11), Computed('(extract(year from `starts`))', persisted=False)))
    at_pos: Optional[int] = Field(default=None, sa_column=Column('at_pos', INTEGER(11), Computed("(locate('-',`code`))", persisted=False)))
    halves: Optional[int] = Field(default=None, sa_column=Column('halves', INTEGER(11), Computed('(ceiling(`qty` / 2) + `qty` MOD 2 + round(`qty`,0))', persisted=False)))
    day_num: Optional[int] = Field(default=None, sa_column=Column('day_num', INTEGER(11), Computed('(dayofmonth(`starts`) + pow(`qty`,2))', persisted=False)))
    is_set: Optional[int] = Field(default=None, sa_column=Column('is_set', TINYINT(4), Computed('(`flag` is true)', persisted=False)))
    unknown: Optional[int] = Field(default=None, sa_column=Column('unknown', TINYINT(4), Computed('(`flag` is null)', persisted=False)))
    not_flag: Optional[int] = Field(default=None, sa_column=Column('not_flag', TINYINT(4), Computed('(`flag` = 0)', persisted=False)))
    not_sum: Optional[int] = Field(default=None, sa_column=Column('not_sum', TINYINT(4), Computed('(!(`qty` + 1))', persisted=False)))
