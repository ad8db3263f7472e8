from typing import Optional

from sqlalchemy import BigInteger, Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class BigIds(Base):
    __tablename__ = 'big_ids'

    id: Mapped[Optional[int]] = mapped_column(BigInteger, primary_key=True)
    title: Mapped[Optional[str]] = mapped_column(Text)


class Codes(Base):
    __tablename__ = 'codes'

    label: Mapped[str] = mapped_column(Text, nullable=False)
    code: Mapped[Optional[str]] = mapped_column(Text, primary_key=True)


class Plain(Base):
    __tablename__ = 'plain'

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[Optional[str]] = mapped_column(Text)


class TableLevelPk(Base):
    __tablename__ = 'table_level_pk'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    label: Mapped[Optional[str]] = mapped_column(Text)


class Tickets(Base):
    __tablename__ = 'tickets'

    title: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
