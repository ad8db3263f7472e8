from typing import Optional

from sqlalchemy import Column, Index, String
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlmodel import Field, SQLModel

class Artist(SQLModel, table=True):
    __table_args__ = (
        Index('id', 'id', unique=True),
    )

    id: int = Field(sa_column=Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(40), nullable=False))


class Seat(SQLModel, table=True):
    label: str = Field(sa_column=Column('label', String(10), nullable=False))
    id: int = Field(sa_column=Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True))


class ShowItem(SQLModel, table=True):
    __tablename__ = 'show_item'
    __table_args__ = (
        Index('id', 'id', unique=True),
        Index('id_2', 'id', 'slug', unique=True),
        Index('slug', 'slug', unique=True)
    )

    id: int = Field(sa_column=Column('id', BIGINT(20, unsigned=True), nullable=False))
    code: int = Field(sa_column=Column('code', INTEGER(11), primary_key=True))
    slug: Optional[str] = Field(default=None, sa_column=Column('slug', String(20)))


class Ticket(SQLModel, table=True):
    __table_args__ = (
        Index('seq', 'seq', unique=True),
    )

    ticket_no: int = Field(sa_column=Column('ticket_no', INTEGER(11), primary_key=True))
    seq: int = Field(sa_column=Column('seq', BIGINT(20, unsigned=True), nullable=False))


class Venue(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(40), nullable=False))
