from typing import Optional
import datetime

from sqlalchemy import Column, Date, DateTime, String, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, MEDIUMTEXT, SMALLINT, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_cte_union = Table(
    'cte_union', Base.metadata,
    Column('label', String(80)),
    Column('seen', DateTime)
)


t_derived_union = Table(
    'derived_union', Base.metadata,
    Column('id', BIGINT(20), server_default=text("'0'")),
    Column('label', String(80))
)


t_kinds = Table(
    'kinds', Base.metadata,
    Column('kind', INTEGER(6), server_default=text("'0'"))
)


class Person(Base):
    __tablename__ = 'person'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    name: Mapped[str] = mapped_column(String(30), nullable=False)
    seen: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False)
    kind: Mapped[int] = mapped_column(TINYINT(4), nullable=False)
    info: Mapped[Optional[str]] = mapped_column(Text)


t_principal = Table(
    'principal', Base.metadata,
    Column('id', BIGINT(20), server_default=text("'0'")),
    Column('name', String(80)),
    Column('info', MEDIUMTEXT),
    Column('seen', DateTime),
    Column('kind', INTEGER(1), server_default=text("'0'"))
)


t_snapshot = Table(
    'snapshot', Base.metadata,
    Column('id', BIGINT(20), nullable=False, server_default=text('0')),
    Column('name', String(80), nullable=False, server_default=text("''")),
    Column('info', MEDIUMTEXT),
    Column('kind', SMALLINT(6), nullable=False, server_default=text('0'))
)


class Team(Base):
    __tablename__ = 'team'

    id: Mapped[int] = mapped_column(BIGINT(20), primary_key=True)
    title: Mapped[str] = mapped_column(String(80), nullable=False)
    seen: Mapped[datetime.date] = mapped_column(Date, nullable=False)
    kind: Mapped[int] = mapped_column(SMALLINT(6), nullable=False)
    info: Mapped[Optional[str]] = mapped_column(Text)
