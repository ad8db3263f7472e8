from typing import Optional

from sqlalchemy import Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Kv(Base):
    __tablename__ = 'kv'

    k: Mapped[int] = mapped_column(Integer, primary_key=True)
    v: Mapped[Optional[str]] = mapped_column(Text)


class Pair(Base):
    __tablename__ = 'pair'

    a: Mapped[str] = mapped_column(Text, primary_key=True)
    b: Mapped[str] = mapped_column(Text, primary_key=True)


class Plain(Base):
    __tablename__ = 'plain'

    code: Mapped[str] = mapped_column(Text, primary_key=True)
    note: Mapped[Optional[str]] = mapped_column(Text)


class Tag(Base):
    __tablename__ = 'tag'

    name: Mapped[str] = mapped_column(Text, primary_key=True)
    hits: Mapped[Optional[int]] = mapped_column(Integer)
