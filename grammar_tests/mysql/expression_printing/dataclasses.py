from typing import Optional
import datetime
import decimal

from sqlalchemy import CheckConstraint, Computed, DECIMAL, Date, DateTime, String, Time, VARBINARY, text
from sqlalchemy.dialects.mysql import DATETIME, INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Event(Base):
    __tablename__ = 'event'
    __table_args__ = (
        CheckConstraint('!(`flag` is true) or !(`qty` <=> 0)', name='not_true'),
        CheckConstraint("`code` is not null and !(`code` regexp '^ ') and `code` like '%%-%%'", name='code_form'),
        CheckConstraint('`qty` >= 0 and `qty` <= 1000', name='qty_range'),
        CheckConstraint('`qty` not in (13,666) and `qty` between 0 and 5000', name='not_in')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    starts: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    ends: Mapped[Optional[datetime.datetime]] = mapped_column(DATETIME(fsp=3))
    qty: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    code: Mapped[Optional[str]] = mapped_column(String(40))
    flag: Mapped[Optional[int]] = mapped_column(TINYINT(1))
    created_on: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text('curdate()'))
    created_at: Mapped[Optional[datetime.time]] = mapped_column(Time, server_default=text('curtime()'))
    utc_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text('utc_timestamp()'))
    due_on: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text('(curdate()'))
    remind_on: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text('(curdate()'))
    label: Mapped[Optional[str]] = mapped_column(String(20), server_default=text('(cast(0 as char charset utf8mb4))'))
    year_made: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('extract(year'))
    made_by: Mapped[Optional[str]] = mapped_column(String(80), server_default=text('current_user()'))
    day_of: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text('cast(current_timestamp()'))
    next_day: Mapped[Optional[datetime.date]] = mapped_column(Date, Computed('(`starts` + interval 1 day)', persisted=False))
    prev_month: Mapped[Optional[datetime.date]] = mapped_column(Date, Computed('(`starts` - interval 1 month)', persisted=False))
    later: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, Computed('(`ends` + interval 2 hour)', persisted=False))
    early: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, Computed('(`ends` + interval 30 minute)', persisted=False))
    length_days: Mapped[Optional[int]] = mapped_column(INTEGER(11), Computed('((to_days(`ends`) - to_days(`starts`)) * 24)', persisted=False))
    months: Mapped[Optional[int]] = mapped_column(INTEGER(11), Computed('(timestampdiff(MONTH,`starts`,`ends`))', persisted=False))
    as_text: Mapped[Optional[str]] = mapped_column(String(20), Computed('(cast(`qty` as char(10) charset utf8mb4))', persisted=False))
    as_number: Mapped[Optional[int]] = mapped_column(INTEGER(11), Computed('(cast(`code` as signed))', persisted=False))
    as_decimal: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(10, 0), Computed('(cast(`code` as decimal(10,0)))', persisted=False))
    as_bytes: Mapped[Optional[bytes]] = mapped_column(VARBINARY(40), Computed('(cast(`code` as char charset binary))', persisted=False))
    as_latin: Mapped[Optional[str]] = mapped_column(String(40), Computed('(convert(`code` using latin1))', persisted=False))
    start_day: Mapped[Optional[datetime.date]] = mapped_column(Date, Computed('(cast(`ends` as date))', persisted=False))
    trimmed: Mapped[Optional[str]] = mapped_column(String(40), Computed("(trim(leading '0' from `code`))", persisted=False))
    stripped: Mapped[Optional[str]] = mapped_column(String(40), Computed("(trim(both 'x' from `code`))", persisted=False))
    made_year: Mapped[Optional[int]] = mapped_column(INTEGER(11), Computed('(extract(year from `starts`))', persisted=False))
    at_pos: Mapped[Optional[int]] = mapped_column(INTEGER(11), Computed("(locate('-',`code`))", persisted=False))
    halves: Mapped[Optional[int]] = mapped_column(INTEGER(11), Computed('(ceiling(`qty` / 2) + `qty` MOD 2 + round(`qty`,0))', persisted=False))
    day_num: Mapped[Optional[int]] = mapped_column(INTEGER(11), Computed('(dayofmonth(`starts`) + pow(`qty`,2))', persisted=False))
    is_set: Mapped[Optional[int]] = mapped_column(TINYINT(4), Computed('(`flag` is true)', persisted=False))
    unknown: Mapped[Optional[int]] = mapped_column(TINYINT(4), Computed('(`flag` is null)', persisted=False))
    not_flag: Mapped[Optional[int]] = mapped_column(TINYINT(4), Computed('(`flag` = 0)', persisted=False))
    not_sum: Mapped[Optional[int]] = mapped_column(TINYINT(4), Computed('(!(`qty` + 1))', persisted=False))
