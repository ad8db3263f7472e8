from typing import Optional

from sqlalchemy import String, Text
from sqlalchemy.dialects.mysql import CHAR, INTEGER, TEXT, VARCHAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class M10(Base):
    __tablename__ = 'm10'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    t: Mapped[Optional[str]] = mapped_column(Text)
    v: Mapped[Optional[str]] = mapped_column(String(10))


class M12(Base):
    __tablename__ = 'm12'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    other: Mapped[Optional[str]] = mapped_column(VARCHAR(10, charset='utf8mb4', collation='utf8mb4_unicode_520_ci'))
    u: Mapped[Optional[str]] = mapped_column(VARCHAR(10, charset='utf8mb4', collation='utf8mb4_uca1400_ai_ci'))


class M13(Base):
    __tablename__ = 'm13'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(String(10))


class M14(Base):
    __tablename__ = 'm14'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(VARCHAR(10, charset='ascii', collation='ascii_general_ci'))
    b: Mapped[Optional[str]] = mapped_column(CHAR(3, charset='utf8mb4', collation='utf8mb4_bin'))
    c: Mapped[Optional[str]] = mapped_column(TEXT(charset='utf8mb4', collation='utf8mb4_general_ci'))
