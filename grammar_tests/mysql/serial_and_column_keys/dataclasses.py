from typing import Optional

from sqlalchemy import Index, String
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Artist(Base):
    __tablename__ = 'artist'
    __table_args__ = (
        Index('id', 'id', unique=True),
    )

    id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(40), nullable=False)


class Seat(Base):
    __tablename__ = 'seat'

    label: Mapped[str] = mapped_column(String(10), nullable=False)
    id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, autoincrement=True)


class ShowItem(Base):
    __tablename__ = 'show_item'
    __table_args__ = (
        Index('id', 'id', unique=True),
        Index('id_2', 'id', 'slug', unique=True),
        Index('slug', 'slug', unique=True)
    )

    id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), nullable=False)
    code: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    slug: Mapped[Optional[str]] = mapped_column(String(20))


class Ticket(Base):
    __tablename__ = 'ticket'
    __table_args__ = (
        Index('seq', 'seq', unique=True),
    )

    ticket_no: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    seq: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), nullable=False)


class Venue(Base):
    __tablename__ = 'venue'

    id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(40), nullable=False)
