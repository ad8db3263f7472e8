from typing import Optional

from sqlalchemy import Column, String, Table
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_author_list = Table(
    'author_list', Base.metadata,
    Column('id', INTEGER(11)),
    Column('full_name', String(80))
)


class Books(Base):
    __tablename__ = 'books'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    title: Mapped[Optional[str]] = mapped_column(String(200))


t_imprint_names = Table(
    'imprint_names', Base.metadata,
    Column('name', String(80))
)


class Imprints(Base):
    __tablename__ = 'imprints'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    publisher_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    name: Mapped[Optional[str]] = mapped_column(String(80))


class OldBooks(Base):
    __tablename__ = 'old_books'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    author_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    title: Mapped[Optional[str]] = mapped_column(String(200))


class Publishers(Base):
    __tablename__ = 'publishers'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)


t_shelf = Table(
    'shelf', Base.metadata,
    Column('id', INTEGER(11)),
    Column('title', String(200))
)


class Writers(Base):
    __tablename__ = 'writers'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    full_name: Mapped[str] = mapped_column(String(80), nullable=False)
