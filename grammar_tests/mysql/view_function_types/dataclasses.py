from typing import Optional
import datetime
import decimal

from sqlalchemy import CHAR, Column, DECIMAL, Date, DateTime, Double, String, TIMESTAMP, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, DATETIME, INTEGER, LONGTEXT, MEDIUMINT, MEDIUMTEXT, SMALLINT, TIME, TINYINT, TINYTEXT, YEAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Member(Base):
    __tablename__ = 'member'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    nick: Mapped[str] = mapped_column(String(12), nullable=False)
    surname: Mapped[str] = mapped_column(String(20), nullable=False)
    joined: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    rate: Mapped[decimal.Decimal] = mapped_column(DECIMAL(6, 3), nullable=False)
    points: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), nullable=False)
    seen: Mapped[Optional[datetime.datetime]] = mapped_column(DATETIME(fsp=3))
    balance: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(9, 2))
    grade: Mapped[Optional[str]] = mapped_column(CHAR(3))
    bio: Mapped[Optional[str]] = mapped_column(Text)
    motto: Mapped[Optional[str]] = mapped_column(TINYTEXT)
    visits: Mapped[Optional[int]] = mapped_column(SMALLINT(5, unsigned=True))
    score: Mapped[Optional[decimal.Decimal]] = mapped_column(Double(asdecimal=True))
    long_a: Mapped[Optional[str]] = mapped_column(String(300))
    long_b: Mapped[Optional[str]] = mapped_column(String(250))


t_member_report = Table(
    'member_report', Base.metadata,
    Column('nick3', String(3)),
    Column('nick_rest', String(46)),
    Column('sur_mid', String(2)),
    Column('sur_from', String(30)),
    Column('sur4', String(4)),
    Column('nick_right', String(12)),
    Column('padded', String(6)),
    Column('padded_var', LONGTEXT),
    Column('nick_dashes', String(24)),
    Column('full_line', String(47)),
    Column('sur_trim', String(20)),
    Column('grade_up', String(3)),
    Column('bio_low', MEDIUMTEXT),
    Column('motto_up', String(255)),
    Column('long_ab', Text),
    Column('motto_bang', String(256)),
    Column('joined_text', String(10)),
    Column('seen_text', String(75)),
    Column('joined_year', INTEGER(5)),
    Column('joined_month', INTEGER(3)),
    Column('joined_dow', INTEGER(1)),
    Column('joined_day', String(9)),
    Column('joined_quarter', INTEGER(2)),
    Column('joined_doy', INTEGER(4)),
    Column('month_end', Date),
    Column('bal1', DECIMAL(9, 1)),
    Column('bal2', DECIMAL(9, 2)),
    Column('rate0', DECIMAL(4, 0), server_default=text("'0'")),
    Column('rate1', DECIMAL(4, 1), server_default=text("'0.0'")),
    Column('id_hundreds', BIGINT(12), server_default=text("'0'")),
    Column('rate_floor', INTEGER(5), server_default=text("'0'")),
    Column('bal_ceil', INTEGER(9)),
    Column('id_abs', BIGINT(11), server_default=text("'0'")),
    Column('points_abs', BIGINT(10, unsigned=True), server_default=text("'0'")),
    Column('id_mod', BIGINT(11)),
    Column('id_pct', BIGINT(11)),
    Column('id_text', String(11)),
    Column('rate_text', String(4)),
    Column('bal_dec', DECIMAL(12, 1)),
    Column('rate_int', INTEGER(8), server_default=text("'0'")),
    Column('points_u', INTEGER(10, unsigned=True), server_default=text("'0'")),
    Column('id_u', BIGINT(20, unsigned=True), server_default=text("'0'")),
    Column('seen_day', Date),
    Column('nick5', String(5)),
    Column('wealth', String(4)),
    Column('trend', String(4)),
    Column('grade_rank', INTEGER(1)),
    Column('big_id', INTEGER(1), server_default=text("'0'")),
    Column('label', String(12)),
    Column('factor', DECIMAL(2, 1), server_default=text("'0.0'")),
    Column('grade_or', String(4)),
    Column('visits_or', DECIMAL(10, 0), server_default=text("'0'")),
    Column('money', Double(asdecimal=True)),
    Column('biggest', DECIMAL(10, 0), server_default=text("'0'")),
    Column('smallest', DECIMAL(6, 3), server_default=text("'0.000'")),
    Column('id_or_null', INTEGER(11)),
    Column('nick_md5', String(32)),
    Column('nick_sha', String(40)),
    Column('no_id', INTEGER(1), server_default=text("'0'")),
    Column('starts_a', INTEGER(1), server_default=text("'0'")),
    Column('first_two', INTEGER(1), server_default=text("'0'")),
    Column('one_digit', INTEGER(1), server_default=text("'0'"))
)


t_meter = Table(
    'meter', Base.metadata,
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


t_meter_math = Table(
    'meter_math', Base.metadata,
    Column('sum_10', BIGINT(10), server_default=text("'0'")),
    Column('sum_u9', INTEGER(9, unsigned=True), server_default=text("'0'")),
    Column('product', BIGINT(11), server_default=text("'0'")),
    Column('neg_int', BIGINT(12), server_default=text("'0'")),
    Column('neg_medium', BIGINT(10), server_default=text("'0'")),
    Column('neg_literal', INTEGER(2), server_default=text("'0'")),
    Column('abs_medium', INTEGER(9), server_default=text("'0'")),
    Column('abs_u', BIGINT(10, unsigned=True), server_default=text("'0'")),
    Column('mod_small', INTEGER(9)),
    Column('mod_u', BIGINT(10, unsigned=True)),
    Column('floor_9', INTEGER(9), server_default=text("'0'")),
    Column('floor_10', BIGINT(11), server_default=text("'0'")),
    Column('ceil_11', BIGINT(11), server_default=text("'0'")),
    Column('round_9', DECIMAL(8, 0), server_default=text("'0'")),
    Column('signed_medium', INTEGER(9), server_default=text("'0'")),
    Column('signed_dec', BIGINT(13), server_default=text("'0'")),
    Column('unsigned_u', INTEGER(10, unsigned=True), server_default=text("'0'")),
    Column('unsigned_small', BIGINT(20, unsigned=True), server_default=text("'0'"))
)


class Visit(Base):
    __tablename__ = 'visit'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    is_new: Mapped[int] = mapped_column(TINYINT(1), nullable=False)
    rank_no: Mapped[int] = mapped_column(INTEGER(4), nullable=False)
    code: Mapped[int] = mapped_column(INTEGER(3, unsigned=True, zerofill=True), nullable=False)
    day_on: Mapped[Optional[datetime.date]] = mapped_column(Date)
    stamp: Mapped[Optional[datetime.datetime]] = mapped_column(DATETIME(fsp=2))
    length_of: Mapped[Optional[datetime.time]] = mapped_column(TIME(fsp=1))
    noted: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)
    season: Mapped[Optional[object]] = mapped_column(YEAR(4))


t_visit_totals = Table(
    'visit_totals', Base.metadata,
    Column('any_new', TINYINT(1)),
    Column('best_rank', INTEGER(4)),
    Column('new_count', DECIMAL(25, 0)),
    Column('rank_total', DECIMAL(32, 0))
)


t_visit_view = Table(
    'visit_view', Base.metadata,
    Column('id', INTEGER(11)),
    Column('new_plus', INTEGER(5), server_default=text("'0'")),
    Column('rank_plus', BIGINT(12), server_default=text("'0'")),
    Column('new_text', String(4)),
    Column('code_plus', BIGINT(11, unsigned=True), server_default=text("'0'")),
    Column('day_text', String(10)),
    Column('stamp_text', String(22)),
    Column('length_text', String(12)),
    Column('noted_text', String(19)),
    Column('season_text', String(4)),
    Column('next_day', Date),
    Column('later', DateTime),
    Column('month_before', DATETIME(fsp=2)),
    Column('next_week', Date),
    Column('in_three', Date),
    Column('noted_next', DateTime),
    Column('new_or_zero', INTEGER(4), server_default=text("'0'")),
    Column('rank_if_new', INTEGER(11), server_default=text("'0'"))
)
