from typing import Optional

from sqlalchemy import Column, Index, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

class Base(DeclarativeBase):
    pass


class AriaChecked(Base):
    __tablename__ = 'aria_checked'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    name: Mapped[Optional[str]] = mapped_column(String(20))


class AriaPlain(Base):
    __tablename__ = 'aria_plain'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    name: Mapped[Optional[str]] = mapped_column(String(20))


class AriaUnchecked(Base):
    __tablename__ = 'aria_unchecked'
    __table_args__ = (
        Index('parent', 'parent'),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    parent: Mapped[Optional[int]] = mapped_column(INTEGER(11))


class Compressed(Base):
    __tablename__ = 'compressed'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    body: Mapped[Optional[str]] = mapped_column(Text)


class CompressedQuoted(Base):
    __tablename__ = 'compressed_quoted'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    body: Mapped[Optional[str]] = mapped_column(Text)


t_quoted_csv = Table(
    'quoted_csv', Base.metadata,
    Column('id', INTEGER(11), nullable=False),
    Column('note', String(10), nullable=False)
)
